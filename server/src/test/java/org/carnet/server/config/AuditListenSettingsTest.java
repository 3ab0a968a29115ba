package org.carnet.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code audit.listen.*} settings: the node as an ATNA audit record repository, off by default. */
class AuditListenSettingsTest {
    @TempDir
    Path tmp;

    private Settings settings() {
        return new Settings().override("data.dir", tmp.toString());
    }

    @Test
    void off_by_default() {
        AuditConfig.Listen listen = settings().build().audit().listen();

        assertThat(listen.enabled()).isFalse();
        assertThat(listen).isEqualTo(AuditConfig.Listen.OFF);
    }

    @Test
    void port_zero_is_off_too() {
        assertThat(settings().override("audit.listen.tlsPort", "0").override("audit.listen.udpPort", "0").build()
                .audit().listen().enabled()).isFalse();
    }

    @Test
    void tls_and_udp_ports_with_the_stores() throws IOException {
        Path keys = Files.writeString(tmp.resolve("keys.p12"), "x");
        Path trust = Files.writeString(tmp.resolve("trust.p12"), "x");

        AuditConfig.Listen listen = settings()
                .override("audit.listen.host", "127.0.0.1")
                .override("audit.listen.tlsPort", "6514")
                .override("audit.listen.udpPort", "1514")
                .override("audit.listen.keyStore", keys.toString())
                .override("audit.listen.keyStorePassword", "secret")
                .override("audit.listen.trustStore", trust.toString())
                .override("audit.listen.trustStorePassword", "secret2")
                .build().audit().listen();

        assertThat(listen).isEqualTo(new AuditConfig.Listen("127.0.0.1", OptionalInt.of(6514), OptionalInt.of(1514),
                Optional.of(keys), "secret", Optional.of(trust), "secret2"));
        assertThat(listen.toString()).contains("keyStorePassword=****").doesNotContain("secret");
    }

    @Test
    void udp_alone_needs_no_stores() {
        AuditConfig.Listen listen = settings().override("audit.listen.udpPort", "1514").build().audit().listen();

        assertThat(listen.udpPort()).hasValue(1514);
        assertThat(listen.tlsPort()).isEmpty();
    }

    @Test
    void a_tls_port_without_key_store_names_the_missing_key() {
        assertThatThrownBy(() -> settings().override("audit.listen.tlsPort", "6514").build())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("audit.listen.keyStore must be set");
    }

    @Test
    void a_tls_port_without_trust_store_names_the_missing_key() throws IOException {
        Path keys = Files.writeString(tmp.resolve("keys.p12"), "x");
        assertThatThrownBy(() -> settings().override("audit.listen.tlsPort", "6514")
                .override("audit.listen.keyStore", keys.toString()).build())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("audit.listen.trustStore must be set");
    }

    @Test
    void a_bad_port_names_the_key() {
        assertThatThrownBy(() -> settings().override("audit.listen.udpPort", "70000").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("for audit.listen.udpPort");
        assertThatThrownBy(() -> settings().override("audit.listen.tlsPort", "tls").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("for audit.listen.tlsPort");
    }
}
