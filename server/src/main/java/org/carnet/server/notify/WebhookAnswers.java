package org.carnet.server.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.carnet.registry.notify.DeliveryOutcome;

/**
 * What a gateway's HTTP status means for the notification it was sent. Only a refusal that sending the same
 * notification again cannot change gives it up; anything that may pass later is retried.
 */
final class WebhookAnswers {
    private WebhookAnswers() {
    }

    /**
     * @param status     the HTTP status
     * @param retryAfter the Retry-After header (seconds or an HTTP date), if any
     * @param now        to turn an HTTP date into a delay
     */
    static DeliveryOutcome outcome(int status, Optional<String> retryAfter, Instant now) {
        String reason = "HTTP " + status;
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered();
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            // timeout, too early, too many requests, gateway failing or overloaded
            return retryAfter.flatMap(value -> delay(value, now))
                    .map(delay -> DeliveryOutcome.retryLater(reason, delay))
                    .orElseGet(() -> DeliveryOutcome.retryLater(reason));
        }
        if (status == 401 || status == 403) {
            // the gateway refuses the node, not this notification: every other one would be refused alike until
            // notify.webhook.secret or the gateway is put right; giving up would silently drop them all
            return DeliveryOutcome.retryLater(reason + " (check notify.webhook.secret and the gateway's settings)");
        }
        if (status >= 400 && status < 500) {
            return DeliveryOutcome.refused(reason);
        }
        // 1xx, 3xx: redirects are not followed (they would post patient data to where the URL does not say)
        return DeliveryOutcome.retryLater(reason + " (redirects are not followed: check notify.webhook.url)");
    }

    private static Optional<Duration> delay(String retryAfter, Instant now) {
        String value = retryAfter.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration delay = Duration.between(now,
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return delay.isNegative() ? Optional.empty() : Optional.of(delay);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
