package org.carnet.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.carnet.registry.notify.DeliveryOutcome;
import org.carnet.registry.notify.DeliveryOutcome.Result;
import org.junit.jupiter.api.Test;

/** What each gateway answer means: delivered, retried (and when), or given up. */
class WebhookAnswersTest {
    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    static Result result(int status) {
        return WebhookAnswers.outcome(status, Optional.empty(), NOW).result();
    }

    @Test
    void every2xxIsADelivery() {
        assertThat(result(200)).isEqualTo(Result.DELIVERED);
        assertThat(result(202)).isEqualTo(Result.DELIVERED);
        assertThat(result(204)).isEqualTo(Result.DELIVERED);
    }

    @Test
    void failuresThatMayPassAreRetried() {
        for (int status : new int[] {408, 425, 429, 500, 502, 503, 504, 401, 403, 301, 302, 307}) {
            assertThat(result(status)).as("HTTP %d", status).isEqualTo(Result.RETRY);
        }
    }

    @Test
    void otherClientErrorsRefuseTheNotificationForGood() {
        for (int status : new int[] {400, 404, 409, 410, 413, 415, 422}) {
            DeliveryOutcome outcome = WebhookAnswers.outcome(status, Optional.empty(), NOW);
            assertThat(outcome.result()).as("HTTP %d", status).isEqualTo(Result.REFUSED);
            assertThat(outcome.reason()).isEqualTo("HTTP " + status);
        }
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDate() {
        assertThat(WebhookAnswers.outcome(503, Optional.of("120"), NOW).retryAfter())
                .contains(Duration.ofMinutes(2));
        assertThat(WebhookAnswers.outcome(429, Optional.of("Sun, 01 Mar 2026 09:00:30 GMT"), NOW).retryAfter())
                .contains(Duration.ofSeconds(30));
        assertThat(WebhookAnswers.outcome(503, Optional.of("soon"), NOW).retryAfter()).isEmpty();
        assertThat(WebhookAnswers.outcome(503, Optional.of("-5"), NOW).retryAfter()).isEmpty();
        assertThat(WebhookAnswers.outcome(503, Optional.of("Sun, 01 Mar 2026 08:00:00 GMT"), NOW).retryAfter())
                .isEmpty();
    }
}
