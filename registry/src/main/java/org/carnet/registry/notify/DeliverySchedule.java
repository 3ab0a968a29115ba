package org.carnet.registry.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * When a {@link NotificationSender} looks for work and retries.
 *
 * @param pollInterval how often an idle sender looks for new notifications
 * @param retry        the wait before the next attempt of a notification that failed, by its failures in a row; the
 *                     sender also pauses by this much, by its own failures in a row, so that a gateway that is down
 *                     is tried about once per delay rather than once per waiting notification
 * @param sendTimeout  the longest one send through the channel takes (the channel's own timeout): a stopping sender
 *                     waits that long for a send in flight
 * @param batch        how many due notifications one look fetches
 */
public record DeliverySchedule(Duration pollInterval, Backoff retry, Duration sendTimeout, int batch) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    public static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    public static final int DEFAULT_BATCH = 50;
    /** Added to the send timeout for a claim's lease: a claim outlives any send that ends on its own. */
    private static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    public DeliverySchedule {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        if (pollInterval.isNegative() || pollInterval.isZero() || sendTimeout.isNegative() || sendTimeout.isZero()
                || batch < 1) {
            throw new IllegalArgumentException("poll interval, send timeout and batch must be positive");
        }
    }

    /** The node's schedule: retries from 1 s up to {@code maxRetryDelay}, polls every second. */
    public static DeliverySchedule of(Duration maxRetryDelay, Duration sendTimeout) {
        return new DeliverySchedule(DEFAULT_POLL_INTERVAL,
                new Backoff(FIRST_RETRY, maxRetryDelay.compareTo(FIRST_RETRY) < 0 ? FIRST_RETRY : maxRetryDelay),
                sendTimeout, DEFAULT_BATCH);
    }

    /**
     * How long a claim holds a notification: another sender takes it over once this has passed (its sender died).
     */
    public Duration claimLease() {
        return sendTimeout.plus(LEASE_MARGIN);
    }
}
