package org.carnet.audit;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.carnet.audit.spool.AuditSpool;
import org.carnet.audit.spool.DeliveryCursor;
import org.carnet.audit.spool.SpoolReader;
import org.carnet.audit.syslog.SyslogTransport;
import org.carnet.audit.syslog.SyslogTransport.MessageTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the spool to one audit record repository, in spool order, on a thread of its own: a slow or absent
 * collector holds up only this thread. Messages are sent one by one from the destination's cursor; the cursor is
 * stored after each batch (at most {@value #BATCH} messages, fewer when the spool has nothing more yet). When a send
 * fails, the cursor moves to the first unsent message, the connection is dropped and the same message is retried
 * after a delay that doubles up to the configured maximum.
 *
 * <p><b>What a crash can do.</b> A message is never skipped: the cursor only ever moves past messages the transport
 * took. If the process dies after a batch was sent and before its cursor was stored, the next start resends that
 * batch: at most {@value #BATCH} messages arrive twice. A clean stop stores the cursor, so a restart resends
 * nothing.
 */
final class Delivery implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    static final int BATCH = 64;
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final long IDLE_WAIT_MILLIS = 500;

    private final String name;
    private final SyslogTransport transport;
    private final AuditSpool spool;
    private final DeliveryCursor cursor;
    private final SpoolReader reader;
    private final Duration maxRetryDelay;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopSignal = lock.newCondition();
    private final Thread thread;
    private volatile boolean draining;
    private volatile Instant drainDeadline = Instant.MAX;
    private volatile boolean failing;

    Delivery(String name, SyslogTransport transport, AuditSpool spool, DeliveryCursor cursor, Duration maxRetryDelay) {
        this.name = name;
        this.transport = transport;
        this.spool = spool;
        this.cursor = cursor;
        this.reader = spool.reader(cursor.next());
        this.maxRetryDelay = maxRetryDelay;
        this.thread = new Thread(this, "audit-delivery-" + name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        Duration retryDelay = FIRST_RETRY;
        try {
            while (!stopNow()) {
                try {
                    if (sendBatch()) {
                        if (failing) {
                            log.info("audit repository {} reachable again", name);
                            failing = false;
                        }
                        retryDelay = FIRST_RETRY;
                    } else if (draining) {
                        return; // nothing left to send
                    }
                } catch (IOException e) {
                    if (!failing) {
                        log.warn("audit repository {} unreachable, messages stay spooled: {}", name, e.toString());
                        failing = true;
                    }
                    if (draining) {
                        return; // no point waiting for a collector that is down while the node stops
                    }
                    pause(retryDelay);
                    retryDelay = min(retryDelay.multipliedBy(2), maxRetryDelay);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            transport.close();
            try {
                reader.close();
            } catch (IOException e) {
                log.debug("closing the spool reader of {}", name, e);
            }
        }
    }

    /**
     * Sends what is in the spool from the cursor, up to one batch; false when nothing came within the idle wait.
     */
    private boolean sendBatch() throws IOException, InterruptedException {
        long start = cursor.next();
        reader.seek(start);
        long sent = start;
        try {
            for (int i = 0; i < BATCH && !stopNow(); i++) {
                byte[] message;
                try {
                    message = reader.next(i == 0 ? (draining ? 0 : IDLE_WAIT_MILLIS) : 0);
                } catch (SpoolReader.CorruptRecordException e) {
                    log.error("audit message {} is corrupt on disk and is skipped for {}", e.sequence(), name);
                    sent = e.sequence() + 1;
                    continue;
                }
                if (message == null) {
                    break;
                }
                try {
                    transport.send(message);
                } catch (MessageTooLargeException e) {
                    log.error("audit message {} cannot be sent to {} and is skipped: {}", reader.position() - 1, name,
                            e.getMessage());
                }
                sent = reader.position();
            }
        } finally {
            if (sent != start) {
                cursor.store(sent);
                spool.release();
            }
        }
        return sent != start;
    }

    private boolean stopNow() {
        return draining && Instant.now().isAfter(drainDeadline);
    }

    private void pause(Duration delay) throws InterruptedException {
        lock.lock();
        try {
            if (!draining) {
                stopSignal.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends what is left in the spool for up to {@code grace}, then stops; a collector that is down, slow or
     * unresponsive past the grace is cut off (its connection closed) and the rest stays spooled for the next start.
     */
    void stop(Duration grace) {
        drainDeadline = Instant.now().plus(grace);
        lock.lock();
        try {
            draining = true;
            stopSignal.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(grace.toMillis() + 1_000);
            if (thread.isAlive()) {
                transport.close(); // unblocks a write to a collector that stopped reading
                thread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Has the spool been delivered up to its durable end? */
    boolean caughtUp() {
        return backlog() == 0;
    }

    /** How many durable messages this destination has not been sent. */
    long backlog() {
        return Math.max(0, spool.durableEnd() - cursor.next());
    }

    String name() {
        return name;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
