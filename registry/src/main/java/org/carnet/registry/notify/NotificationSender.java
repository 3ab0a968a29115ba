package org.carnet.registry.notify;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox through a {@link NotificationChannel}, on a thread of its own: the transactions that record
 * notifications never wait for the channel, nor fail because of it.
 *
 * <p>It claims due notifications one at a time, oldest first (see {@link NotificationOutbox} for the order kept per
 * patient and the claims shared with other nodes), and records each outcome: delivered; refused for good, then
 * given up and logged at WARN by id; otherwise retried after a delay that doubles with the notification's failures,
 * up to the schedule's maximum. After a failure the sender itself also pauses, doubling while failures follow one
 * another, so a gateway that is down is not tried once per waiting notification.
 *
 * <p>What is pending when the node stops, or crashes, stays in the database and is sent by the next sender to look,
 * on this node after a restart or on another node sharing the database. {@link #close()} lets a send in flight end
 * (within the channel's timeout), then hands back this sender's claims.
 */
public final class NotificationSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationOutbox outbox;
    private final NotificationChannel channel;
    private final DeliverySchedule schedule;
    private final Clock clock;
    /** This sender's name on its claims: unique per start, so a restart never mistakes an old claim for its own. */
    private final String id = UUID.randomUUID().toString();
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean stopping;
    private int failuresInARow;

    private NotificationSender(NotificationOutbox outbox, NotificationChannel channel, DeliverySchedule schedule,
                               Clock clock) {
        this.outbox = outbox;
        this.channel = channel;
        this.schedule = schedule;
        this.clock = clock;
        this.thread = new Thread(this::run, "patient-notifications");
        thread.setDaemon(true);
    }

    /** Starts sending what the outbox holds and whatever it receives later. */
    public static NotificationSender start(NotificationOutbox outbox, NotificationChannel channel,
                                           DeliverySchedule schedule, Clock clock) {
        NotificationSender sender = new NotificationSender(outbox, channel, schedule, clock);
        sender.thread.start();
        log.info("Patient notifications are sent through {}", channel.describe());
        return sender;
    }

    private void run() {
        try {
            while (!stopping) {
                try {
                    List<OutgoingNotification> due = outbox.due(clock.instant(), schedule.batch());
                    if (due.isEmpty()) {
                        pause(schedule.pollInterval());
                    } else {
                        sendAll(due);
                    }
                } catch (SQLException e) {
                    log.warn("cannot read the patient notifications to send: {}", e.toString());
                    pause(schedule.retry().after(++failuresInARow));
                } catch (RuntimeException e) {
                    // never let the thread die: notifications would silently stop going out until a restart
                    log.error("patient notification sender failed; it carries on", e);
                    pause(schedule.retry().after(++failuresInARow));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a batch until a failure, after which the sender pauses and looks again. */
    private void sendAll(List<OutgoingNotification> due) throws InterruptedException {
        for (OutgoingNotification notification : due) {
            if (stopping) {
                return;
            }
            boolean failed;
            try {
                failed = sendOne(notification);
            } catch (SQLException e) {
                log.warn("cannot record the delivery of patient notification {}: {}", notification.id(),
                        e.toString());
                failed = true;
            }
            if (failed) {
                pause(schedule.retry().after(++failuresInARow));
                return;
            }
        }
    }

    /** @return true when the channel failed */
    private boolean sendOne(OutgoingNotification notification) throws SQLException, InterruptedException {
        Instant now = clock.instant();
        if (!outbox.claim(notification, id, now, now.plus(schedule.claimLease()))) {
            return false; // another sender has it, or had it already
        }
        DeliveryOutcome outcome;
        try {
            outcome = channel.send(notification);
        } catch (RuntimeException e) {
            log.error("the notification channel failed on patient notification {}", notification.id(), e);
            outcome = DeliveryOutcome.retryLater(e.getClass().getSimpleName());
        }
        switch (outcome.result()) {
            case DELIVERED -> {
                record(outbox.delivered(notification, id, clock.instant()), notification);
                if (failuresInARow > 0) {
                    log.info("patient notifications delivered again through {}", channel.describe());
                    failuresInARow = 0;
                }
                return false;
            }
            case REFUSED -> {
                log.warn("patient notification {} refused by {} ({}): given up", notification.id(),
                        channel.describe(), outcome.reason());
                record(outbox.givenUp(notification, id, clock.instant(), outcome.reason()), notification);
                return false;
            }
            default -> {
                Duration delay = retryDelay(notification.attempts() + 1, outcome);
                if (failuresInARow == 0) {
                    log.warn("patient notifications cannot be delivered through {} ({}); they wait and are retried",
                            channel.describe(), outcome.reason());
                } else {
                    log.debug("patient notification {} not delivered ({}); next attempt in {}", notification.id(),
                            outcome.reason(), delay);
                }
                record(outbox.retryAt(notification, id, clock.instant().plus(delay), outcome.reason()),
                        notification);
                return true;
            }
        }
    }

    /** The notification's own backoff, longer if the receiver asked for it, never past the maximum. */
    private Duration retryDelay(int failures, DeliveryOutcome outcome) {
        Duration delay = schedule.retry().after(failures);
        Duration asked = outcome.retryAfter().orElse(Duration.ZERO);
        if (asked.compareTo(delay) > 0) {
            delay = asked.compareTo(schedule.retry().max()) < 0 ? asked : schedule.retry().max();
        }
        return delay;
    }

    private static void record(boolean held, OutgoingNotification notification) {
        if (!held) {
            // the lease ran out during the send and another sender took the notification over: it sends it again
            log.warn("patient notification {}: claim lost during the send, its outcome is left to the other sender",
                    notification.id());
        }
    }

    private void pause(Duration delay) throws InterruptedException {
        lock.lock();
        try {
            if (!stopping) {
                wake.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops: a send in flight may end within {@code grace}, after which it is interrupted; then this sender's claims
     * are handed back, due at once for the next sender. Idempotent.
     */
    public void close(Duration grace) {
        lock.lock();
        try {
            stopping = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(grace.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int released = outbox.release(id);
            if (released > 0) {
                log.debug("{} patient notification claims handed back", released);
            }
        } catch (SQLException e) {
            log.warn("cannot hand back the patient notification claims; they are taken over when their lease"
                    + " expires: {}", e.toString());
        }
    }

    /** Stops, letting a send in flight end within the channel's timeout. */
    @Override
    public void close() {
        close(schedule.sendTimeout().plusSeconds(1));
    }
}
