package org.carnet.registry.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff: the first delay after one failure, doubling with each further failure, capped.
 *
 * @param first the delay after one failure
 * @param max   the longest delay
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("expected 0 < first <= max, got " + first + " and " + max);
        }
    }

    /** The delay after {@code failures} failures in a row (1 or more). */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be 1 or more");
        }
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }
}
