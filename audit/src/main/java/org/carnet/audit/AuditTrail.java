package org.carnet.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.audit.message.AuditMessage;
import org.carnet.audit.message.AuditXml;
import org.carnet.audit.message.LocalNode;
import org.carnet.audit.message.NodeMessages;
import org.carnet.audit.message.SettingChange;
import org.carnet.audit.message.TransactionMessages;
import org.carnet.audit.spool.AuditSpool;
import org.carnet.audit.syslog.SyslogDestination;
import org.carnet.audit.syslog.SyslogFormat;
import org.carnet.audit.syslog.SyslogTransport;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.TransactionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's ATNA audit trail: a {@link TransactionListener} that turns every transaction into its DICOM audit
 * messages, plus the node's own events (start, stop, configuration change).
 *
 * <p><b>On the transaction's path</b> a message is only built and appended to the {@link AuditSpool}, which returns
 * once it is fsync'd: the transaction pays one disk sync (shared by concurrent transactions), never a network
 * round trip. That sync is what lets the promise hold that an audited transaction's message survives a crash; a
 * write-behind queue in memory would lose the messages of the last moments before a crash.
 *
 * <p><b>Delivery</b> is asynchronous: one {@code Delivery} thread per audit record repository sends the spool in
 * order and keeps its own durable cursor, so a slow or absent collector never slows or fails a transaction, and
 * holds up no other collector. Messages wait in the spool while a collector is down, across restarts too.
 *
 * <p>Never throws into a transaction: a message that cannot be built or spooled is logged at ERROR (by event id,
 * without content, since messages name patients) and dropped.
 */
public final class AuditTrail implements TransactionListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    /** Segment files of 16 MiB: a few thousand messages each. */
    static final long SEGMENT_BYTES = 16L * 1024 * 1024;

    private final AuditSpool spool;
    private final SyslogFormat syslog;
    private final TransactionMessages transactions;
    private final NodeMessages node;
    private final Clock clock;
    private final List<Delivery> deliveries;
    private final Duration stopGrace;
    private final ConfigurationSnapshot configuration;
    private volatile boolean closed;

    private AuditTrail(AuditSpool spool, SyslogFormat syslog, TransactionMessages transactions, NodeMessages node,
                       Clock clock, List<Delivery> deliveries, Duration stopGrace, ConfigurationSnapshot configuration) {
        this.spool = spool;
        this.syslog = syslog;
        this.transactions = transactions;
        this.node = node;
        this.clock = clock;
        this.deliveries = deliveries;
        this.stopGrace = stopGrace;
        this.configuration = configuration;
    }

    /**
     * Opens the spool (recovering from a crash), and starts delivering to every destination from where it stopped.
     *
     * @param accessDeniedCodes the XDS error codes that mean the access rules refused the caller
     * @throws IOException when the spool folder cannot be used
     */
    public static AuditTrail open(AuditTrailSettings settings, LocalNode local, Set<String> accessDeniedCodes,
                                  Clock clock) throws IOException {
        AuditSpool spool = AuditSpool.open(settings.spoolDir(), SEGMENT_BYTES);
        try {
            spool.keepOnlyCursors(settings.destinations().stream().map(SyslogDestination::id)
                    .collect(Collectors.toSet()));
            List<Delivery> deliveries = new ArrayList<>();
            for (SyslogDestination destination : settings.destinations()) {
                deliveries.add(new Delivery(destination.toString(),
                        SyslogTransport.of(destination, settings.tls()), spool, spool.cursor(destination.id()),
                        settings.maxRetryDelay()));
            }
            AuditTrail trail = new AuditTrail(spool,
                    new SyslogFormat(local.hostName(), local.applicationName(), local.processId()),
                    new TransactionMessages(local, accessDeniedCodes),
                    new NodeMessages(local, System.getProperty("user.name", "unknown")), clock, deliveries,
                    settings.stopGrace(), new ConfigurationSnapshot(settings.spoolDir()));
            deliveries.forEach(Delivery::start);
            log.info("Audit trail to {} (spool {})", settings.destinations(), settings.spoolDir());
            return trail;
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    @Override
    public void onTransaction(TransactionEvent event) {
        try {
            for (AuditMessage message : transactions.of(event)) {
                record(message);
            }
        } catch (RuntimeException e) {
            log.error("no audit message for a {} transaction: {}", event.transaction().code(), e.toString());
        }
    }

    /** Audits the node's start (110100 / 110120). */
    public void nodeStarted() {
        record(node.started(clock.instant()));
    }

    /** Audits the node's stop (110100 / 110121); call before {@link #close()}. */
    public void nodeStopping() {
        record(node.stopped(clock.instant()));
    }

    /**
     * Compares the settings with those of the previous start and audits a Security Alert naming the keys that
     * changed, if any. Leave secrets out of the map.
     */
    public void configurationLoaded(Map<String, String> settings) {
        try {
            List<SettingChange> changes = configuration.update(settings);
            if (!changes.isEmpty()) {
                record(node.configurationChanged(clock.instant(), changes));
            }
        } catch (IOException | RuntimeException e) {
            log.error("cannot compare the configuration with the previous start's: {}", e.toString());
        }
    }

    /** Spools one message; never throws. */
    public void record(AuditMessage message) {
        if (closed) {
            log.error("audit trail closed: a {} audit message is dropped", message.event().eventId().code());
            return;
        }
        try {
            spool.append(syslog.format(message.event().dateTime(), AuditXml.toBytes(message)));
        } catch (IOException | RuntimeException e) {
            log.error("a {} audit message could not be spooled and is lost: {}", message.event().eventId().code(),
                    e.toString());
        }
    }

    /** Waits until every destination has been sent everything spooled so far; false on timeout. For tests. */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!deliveries.stream().allMatch(Delivery::caughtUp)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Sends what it can within the stop grace, then stops; what is left stays spooled for the next start. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        deliveries.parallelStream().forEach(d -> d.stop(stopGrace));
        for (Delivery delivery : deliveries) {
            long left = delivery.backlog();
            if (left > 0) {
                log.warn("{} audit messages for {} stay spooled until the next start", left, delivery.name());
            }
        }
        try {
            spool.close();
        } catch (IOException e) {
            log.warn("closing the audit spool: {}", e.toString());
        }
    }
}
