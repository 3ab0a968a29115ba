package org.carnet.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @TempDir
    Path tmp;

    @Test
    void defaults() {
        NodeConfig config = new Settings().build();

        Path dataDir = Path.of("data").toAbsolutePath().normalize();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.dataDir()).isEqualTo(dataDir);
        assertThat(config.dbUrl()).isEqualTo("jdbc:h2:file:" + dataDir.resolve("registry/carnet") + H2_OPTIONS);
        assertThat(config.dbUser()).isEqualTo("sa");
        assertThat(config.dbPassword()).isEmpty();
        assertThat(config.dbPoolSize()).isEqualTo(10);
        assertThat(config.repositoryUniqueId()).isEqualTo("1.2.250.1.999.1.1.1");
        assertThat(config.homeCommunityId()).isEmpty();
        assertThat(config.maxDocumentBytes()).isEqualTo(104_857_600L);
        assertThat(config.maxMessageBytes()).isEqualTo(209_715_200L);
        assertThat(config.maxQueryResults()).isEqualTo(1000);
        assertThat(config.valueSets()).isEqualTo("default");
        assertThat(config.security()).isEqualTo(new SecurityConfig(Optional.empty(), Optional.empty(), "",
                Duration.ofMinutes(3), "urn:dmp", Optional.empty()));
    }

    @Test
    void securitySettingsAreReadAndTheTrustStorePasswordIsMasked() {
        NodeConfig config = new Settings().override("security.anonymousActor= conformance ")
                .override("security.trustStore=" + tmp.resolve("trust.p12"))
                .override("security.trustStorePassword=s3cret").override("security.clockSkewSeconds=30")
                .override("policy.matrix=" + tmp.resolve("matrix.csv")).build();

        assertThat(config.security()).isEqualTo(new SecurityConfig(Optional.of("conformance"),
                Optional.of(tmp.resolve("trust.p12")), "s3cret", Duration.ofSeconds(30), "urn:dmp",
                Optional.of(tmp.resolve("matrix.csv"))));
        assertThat(config.toString()).doesNotContain("s3cret").contains("trustStorePassword=****");
    }

    @Test
    void fileThenOptionsThenSetsWhateverTheCallOrder() throws IOException {
        Path file = properties("server.port=9000", "data.dir=" + tmp.resolve("from-file"), "db.user=carnet",
                "db.pool.size=4");

        NodeConfig config = new Settings()
                .overrides(List.of("server.port=9002", "server.port=9003"))
                .option(Setting.SERVER_PORT, "9001")
                .option(Setting.DATA_DIR, tmp.resolve("from-option").toString())
                .file(file)
                .build();

        assertThat(config.port()).as("--set beats --port; last --set wins").isEqualTo(9003);
        assertThat(config.dataDir()).as("--data beats the file").isEqualTo(tmp.resolve("from-option"));
        assertThat(config.dbUser()).as("the file beats the default").isEqualTo("carnet");
        assertThat(config.dbPoolSize()).isEqualTo(4);
        assertThat(config.host()).as("untouched keys keep their default").isEqualTo("0.0.0.0");
    }

    @Test
    void optionBeatsFile() throws IOException {
        NodeConfig config = new Settings().file(properties("server.port=9000"))
                .option(Setting.SERVER_PORT, "9001").build();

        assertThat(config.port()).isEqualTo(9001);
    }

    @Test
    void unknownKeyInSetIsRejectedNamingTheKeyAndTheKnownOnes() {
        assertThatThrownBy(() -> new Settings().override("server.prot=80"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'server.prot'")
                .hasMessageContaining("--set")
                .hasMessageContaining("server.port, server.host, server.tls.keyStore");
    }

    @Test
    void unknownKeyInFileIsRejectedNamingTheFile() throws IOException {
        Path file = properties("db.pool=3");

        assertThatThrownBy(() -> new Settings().file(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'db.pool'")
                .hasMessageContaining(file.toString())
                .hasMessageContaining("db.pool.size");
    }

    @Test
    void malformedPortIsRejected() {
        assertThatThrownBy(() -> new Settings().override("server.port", "eighty").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("server.port")
                .hasMessageContaining("'eighty'")
                .hasMessageContaining("integer");
        assertThatThrownBy(() -> new Settings().override("server.port", "65536").build())
                .hasMessageContaining("from 0 to 65535");
    }

    @Test
    void malformedValueInFileNamesTheFile() throws IOException {
        Path file = properties("documents.maxBytes=100MB");

        assertThatThrownBy(() -> new Settings().file(file).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("documents.maxBytes")
                .hasMessageContaining(file.toString());
    }

    @Test
    void dbUrlIsComputedUnderDataDirUnlessGiven() {
        Path data = tmp.resolve("node1");

        NodeConfig computed = new Settings().option(Setting.DATA_DIR, data.toString()).build();
        NodeConfig given = new Settings().option(Setting.DATA_DIR, data.toString())
                .override("db.url=jdbc:postgresql://db/carnet").build();

        assertThat(computed.dbUrl()).isEqualTo("jdbc:h2:file:" + data.resolve("registry/carnet") + H2_OPTIONS);
        assertThat(given.dbUrl()).isEqualTo("jdbc:postgresql://db/carnet");
    }

    @Test
    void relativeDataDirIsMadeAbsolute() {
        NodeConfig config = new Settings().override("data.dir=nodes/../node2").build();

        assertThat(config.dataDir()).isAbsolute().isEqualTo(Path.of("node2").toAbsolutePath());
        assertThat(config.dbUrl()).startsWith("jdbc:h2:file:" + config.dataDir());
    }

    @Test
    void repositoryUniqueIdMustBeAnOid() {
        for (String bad : List.of("1.02.3", "3.1.2", "1", "1.2.", "urn:oid:1.2.3", "1." + "1".repeat(64))) {
            assertThatThrownBy(() -> new Settings().override("repository.uniqueId", bad).build())
                    .as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("repository.uniqueId");
        }
        assertThat(new Settings().override("repository.uniqueId=2.25.0.1").build().repositoryUniqueId())
                .isEqualTo("2.25.0.1");
    }

    @Test
    void homeCommunityIdIsAnOidUrnOrNothing() {
        assertThat(new Settings().override("home.communityId=urn:oid:1.2.3").build().homeCommunityId())
                .isEqualTo(Optional.of("urn:oid:1.2.3"));
        assertThatThrownBy(() -> new Settings().override("home.communityId=1.2.3").build())
                .hasMessageContaining("home.communityId");
    }

    @Test
    void valueSetsMayAcceptAnyCode() {
        assertThat(new Settings().override("codes.valueSets=any").build().valueSets()).isEqualTo("any");
    }

    @Test
    void valueSetsFolderIsMadeAbsolute() throws IOException {
        Path jdv = Files.createDirectory(tmp.resolve("jdv"));

        NodeConfig config = new Settings().override("codes.valueSets", jdv.resolve("../jdv").toString()).build();

        assertThat(config.valueSets()).isEqualTo(jdv.toString());
    }

    @Test
    void missingValueSetsFolderIsAConfigError() {
        Path missing = tmp.resolve("no-jdv");

        assertThatThrownBy(() -> new Settings().override("codes.valueSets", missing.toString()).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("codes.valueSets")
                .hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> new Settings().override("codes.valueSets", " ").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("codes.valueSets");
    }

    @Test
    void setWithoutEqualsIsRejected() {
        assertThatThrownBy(() -> new Settings().override("server.port"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("key=value");
    }

    @Test
    void valueMayContainEquals() {
        NodeConfig config = new Settings().override("db.password=a=b ").build();

        assertThat(config.dbPassword()).isEqualTo("a=b ");
    }

    @Test
    void messageLimitBelowDocumentLimitIsRejected() {
        assertThatThrownBy(() -> new Settings().override("soap.maxMessageBytes=1000").build())
                .hasMessageContaining("soap.maxMessageBytes")
                .hasMessageContaining("documents.maxBytes");
    }

    @Test
    void missingFileIsAConfigError() {
        Path missing = tmp.resolve("missing.properties");

        assertThatThrownBy(() -> new Settings().file(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void toStringMasksThePassword() {
        NodeConfig config = new Settings().override("db.password=s3cret").build();

        assertThat(config.toString()).doesNotContain("s3cret").contains("dbPassword=****");
    }

    @Test
    void toStringMasksAPasswordGivenInThePostgresUrl() {
        NodeConfig config = new Settings()
                .override("db.url=jdbc:postgresql://db/carnet?user=carnet&password=s3cret&ssl=true").build();

        assertThat(config.toString()).doesNotContain("s3cret")
                .contains("dbUrl=jdbc:postgresql://db/carnet?user=carnet&password=****&ssl=true");
    }

    @Test
    void helpTableListsEveryKey() {
        String help = Setting.helpTable();

        for (Setting setting : Setting.values()) {
            assertThat(help).contains(setting.key());
        }
    }

    private Path properties(String... lines) throws IOException {
        return Files.write(tmp.resolve("carnet.properties"), List.of(lines));
    }
}
