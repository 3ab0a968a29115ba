package org.carnet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeAuditTest {
    @TempDir
    Path tmp;

    @Test
    void no_repository_no_trail() {
        NodeConfig config = new Settings().override("data.dir", tmp.toString()).build();
        assertThat(NodeAudit.open(config, new NodeUrls(), Clock.systemUTC())).isEmpty();
    }

    @Test
    void an_unreadable_key_store_stops_the_start_naming_the_key() throws Exception {
        Path garbage = Files.writeString(tmp.resolve("keys.p12"), "not a key store");
        NodeConfig config = new Settings().override("data.dir", tmp.toString())
                .override("audit.repositories", "tls://127.0.0.1:6514")
                .override("audit.tls.keyStore", garbage.toString())
                .override("audit.tls.trustStore", garbage.toString()).build();

        assertThatThrownBy(() -> NodeAudit.open(config, new NodeUrls(), Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("audit.tls.keyStore: cannot read");
    }

    @Test
    void refusing_dmp_rules_are_access_denials_granting_ones_are_not() {
        assertThat(NodeAudit.ACCESS_DENIED_CODES).contains("BLOCKED_BY_PATIENT", "NOT_AUTHORISED",
                "ONLY_PATIENT_BLOCKS").doesNotContain("AUTHORISED", "EMERGENCY_ACCESS", "XDSRegistryError");
    }

    @Test
    void the_settings_compared_between_starts_leave_passwords_and_secrets_out() {
        NodeConfig config = new Settings().override("data.dir", tmp.toString())
                .override("db.password", "hunter2").override("security.trustStorePassword", "hunter3")
                .override("notify.webhook.url", "https://sms.example.test/hook")
                .override("notify.webhook.secret", "hunter4").build();

        var settings = NodeAudit.settings(config);

        assertThat(settings).containsEntry("maxQueryResults", "1000").containsKey("security.resourceUrn")
                .containsKey("audit.repositories").containsKey("notifications.webhookUrl");
        assertThat(settings.keySet()).noneMatch(k -> k.toLowerCase().contains("password"))
                .noneMatch(k -> k.toLowerCase().contains("secret"));
        assertThat(settings.values()).noneMatch(v -> v.contains("hunter"));
    }
}
