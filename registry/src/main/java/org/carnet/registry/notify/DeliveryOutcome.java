package org.carnet.registry.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of one attempt to send a notification.
 *
 * @param result     delivered, to be retried, or refused for good
 * @param reason     why it was not delivered, for logs and the outbox ({@code HTTP 503}, {@code ConnectException});
 *                   never content; empty when delivered
 * @param retryAfter how long the receiver asked the sender to wait (HTTP Retry-After), if it did
 */
public record DeliveryOutcome(Result result, String reason, Optional<Duration> retryAfter) {

    public enum Result {
        DELIVERED,
        /** A transport error, a timeout, an overloaded or failing receiver: the same notification is sent again. */
        RETRY,
        /** The receiver refused this notification and would refuse it again: it is given up. */
        REFUSED
    }

    private static final DeliveryOutcome DELIVERED = new DeliveryOutcome(Result.DELIVERED, "", Optional.empty());

    public DeliveryOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static DeliveryOutcome delivered() {
        return DELIVERED;
    }

    public static DeliveryOutcome retryLater(String reason) {
        return new DeliveryOutcome(Result.RETRY, reason, Optional.empty());
    }

    public static DeliveryOutcome retryLater(String reason, Duration after) {
        return new DeliveryOutcome(Result.RETRY, reason, Optional.of(after));
    }

    public static DeliveryOutcome refused(String reason) {
        return new DeliveryOutcome(Result.REFUSED, reason, Optional.empty());
    }
}
