package org.carnet.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.carnet.audit.syslog.SyslogDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code audit.*} settings: ATNA audit repositories and the mutual-TLS stores. */
class AuditSettingsTest {
    @TempDir
    Path tmp;

    private Settings settings() {
        return new Settings().override("data.dir", tmp.toString());
    }

    @Test
    void by_default_there_is_no_syslog_audit_trail_and_the_spool_is_under_the_data_folder() {
        AuditConfig audit = settings().build().audit();

        assertThat(audit.enabled()).isFalse();
        assertThat(audit.repositories()).isEmpty();
        assertThat(audit.spoolDir()).isEqualTo(tmp.resolve("audit-spool"));
        assertThat(audit.sourceId()).isEmpty();
        assertThat(audit.stopGrace()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void the_stop_grace_is_whole_seconds_up_to_an_hour() {
        assertThat(settings().override("audit.stopGraceSeconds", "0").build().audit().stopGrace()).isZero();
        assertThatThrownBy(() -> settings().override("audit.stopGraceSeconds", "3601").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("audit.stopGraceSeconds");
    }

    @Test
    void repositories_are_a_comma_separated_list_of_tls_and_udp_uris() throws IOException {
        Path keys = Files.writeString(tmp.resolve("keys.p12"), "x");
        Path trust = Files.writeString(tmp.resolve("trust.p12"), "x");

        AuditConfig audit = settings()
                .override("audit.repositories", "tls://arr.example:6514, udp://10.0.0.5")
                .override("audit.tls.keyStore", keys.toString())
                .override("audit.tls.keyStorePassword", "secret")
                .override("audit.tls.trustStore", trust.toString())
                .override("audit.spoolDir", tmp.resolve("spool").toString())
                .override("audit.sourceId", "carnet-node-7")
                .build().audit();

        assertThat(audit.repositories()).containsExactly(SyslogDestination.parse("tls://arr.example:6514"),
                SyslogDestination.parse("udp://10.0.0.5:514"));
        assertThat(audit.keyStore()).contains(keys);
        assertThat(audit.trustStore()).contains(trust);
        assertThat(audit.spoolDir()).isEqualTo(tmp.resolve("spool"));
        assertThat(audit.sourceId()).isEqualTo(Optional.of("carnet-node-7"));
        assertThat(audit.toString()).contains("keyStorePassword=****").doesNotContain("secret");
    }

    @Test
    void udp_alone_needs_no_stores() {
        assertThat(settings().override("audit.repositories", "udp://127.0.0.1:1514").build().audit().repositories())
                .hasSize(1);
    }

    @Test
    void a_malformed_repository_names_the_key() {
        assertThatThrownBy(() -> settings().override("audit.repositories", "tcp://arr.example:514").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("audit.repositories")
                .hasMessageContaining("expected tls://host:port or udp://host:port");
    }

    @Test
    void a_tls_repository_without_key_store_names_the_missing_key() {
        assertThatThrownBy(() -> settings().override("audit.repositories", "tls://arr.example").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("audit.tls.keyStore must be set");
    }

    @Test
    void a_store_that_is_not_a_file_names_the_key() throws IOException {
        Path keys = Files.writeString(tmp.resolve("keys.p12"), "x");
        assertThatThrownBy(() -> settings().override("audit.repositories", "tls://arr.example")
                .override("audit.tls.keyStore", keys.toString())
                .override("audit.tls.trustStore", tmp.resolve("missing.p12").toString()).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("for audit.tls.trustStore")
                .hasMessageContaining("is not a file");
    }

    @Test
    void passwords_are_masked_in_error_messages() {
        assertThatThrownBy(() -> settings().override("audit.tls.keyStorePassword", "hunter2")
                .override("audit.repositories", "tls://arr.example").build())
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThat(List.of(Setting.values())).extracting(Setting::key).contains("audit.repositories",
                "audit.tls.keyStore", "audit.tls.keyStorePassword", "audit.tls.trustStore",
                "audit.tls.trustStorePassword", "audit.spoolDir", "audit.sourceId");
    }
}
