package org.carnet.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code notify.*} settings: the webhook patient notifications are sent through. */
class NotifySettingsTest {
    @TempDir
    Path tmp;

    private Settings settings() {
        return new Settings().override("data.dir", tmp.toString());
    }

    @Test
    void by_default_there_is_no_channel() {
        NotifyConfig notify = settings().build().notifications();

        assertThat(notify.enabled()).isFalse();
        assertThat(notify.webhookUrl()).isEmpty();
        assertThat(notify.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(notify.maxRetryDelay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_webhook_takes_its_url_secret_timeout_retry_delay_and_trust_store() throws IOException {
        Path trust = Files.writeString(tmp.resolve("trust.p12"), "x");

        NotifyConfig notify = settings()
                .override("notify.webhook.url", "https://sms.example.test/carnet/hook?route=dmp")
                .override("notify.webhook.secret", "s3cr3t ")
                .override("notify.webhook.timeoutSeconds", "3")
                .override("notify.webhook.maxRetryDelaySeconds", "60")
                .override("notify.webhook.trustStore", trust.toString())
                .override("notify.webhook.trustStorePassword", "changeit")
                .build().notifications();

        assertThat(notify.enabled()).isTrue();
        assertThat(notify.webhookUrl()).contains(URI.create("https://sms.example.test/carnet/hook?route=dmp"));
        assertThat(notify.webhookSecret()).isEqualTo("s3cr3t ");
        assertThat(notify.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(notify.maxRetryDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(notify.trustStore()).contains(trust);
        assertThat(notify.trustStorePassword()).isEqualTo("changeit");
    }

    @Test
    void the_secret_and_the_trust_store_password_are_never_printed() {
        NodeConfig config = settings().override("notify.webhook.url", "http://127.0.0.1:9/hook")
                .override("notify.webhook.secret", "hunter2").build();

        assertThat(config.toString()).contains("webhookUrl=http://127.0.0.1:9/hook").contains("webhookSecret=****")
                .doesNotContain("hunter2");
    }

    @Test
    void a_url_must_be_absolute_http_or_https_with_a_host_and_no_credentials() {
        for (String bad : new String[] {"sms.example.test/hook", "ftp://sms.example.test/hook", "http:///hook",
                "https://user:pw@sms.example.test/hook", "https://sms.example.test/hook#x", "http://a b"}) {
            assertThatThrownBy(() -> settings().override("notify.webhook.url", bad).build()).as(bad)
                    .isInstanceOf(ConfigException.class).hasMessageContaining("notify.webhook.url");
        }
    }

    @Test
    void a_bad_secret_shows_its_key_but_not_its_value() {
        assertThatThrownBy(() -> settings().override("notify.webhook.url", "https://sms.example.test/hook")
                .override("notify.webhook.secret", "whsec_not base64!").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("notify.webhook.secret")
                .hasMessageNotContaining("not base64");
    }

    @Test
    void the_timeout_and_the_retry_delay_are_bounded_seconds() {
        assertThatThrownBy(() -> settings().override("notify.webhook.timeoutSeconds", "0").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("notify.webhook.timeoutSeconds");
        assertThatThrownBy(() -> settings().override("notify.webhook.maxRetryDelaySeconds", "ten").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("notify.webhook.maxRetryDelaySeconds");
        assertThatThrownBy(() -> settings().override("notify.webhook.maxRetryDelaySeconds", "86401").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("notify.webhook.maxRetryDelaySeconds");
    }

    @Test
    void a_secret_or_trust_store_without_a_url_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> settings().override("notify.webhook.secret", "hunter2").build())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("notify.webhook.secret is set")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> settings().override("notify.webhook.trustStore", "trust.p12").build())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("notify.webhook.trustStore is set");
    }

    @Test
    void a_trust_store_must_be_a_file_and_serve_an_https_url() throws IOException {
        Path trust = Files.writeString(tmp.resolve("trust.p12"), "x");
        assertThatThrownBy(() -> settings().override("notify.webhook.url", "https://sms.example.test/hook")
                .override("notify.webhook.trustStore", tmp.resolve("missing.p12").toString()).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("notify.webhook.trustStore")
                .hasMessageContaining("is not a file");
        assertThatThrownBy(() -> settings().override("notify.webhook.url", "http://sms.example.test/hook")
                .override("notify.webhook.trustStore", trust.toString()).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("only an https webhook");
        assertThat(settings().override("notify.webhook.url", "https://sms.example.test/hook").build().notifications()
                .trustStore()).isEqualTo(Optional.empty());
    }
}
