package org.carnet.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLContext;

import org.carnet.audit.syslog.SyslogDestination;

/**
 * How the audit trail delivers.
 *
 * @param destinations  the audit record repositories; at least one
 * @param tls           the mutual-TLS context for {@code tls://} destinations; null when there is none
 * @param spoolDir      the spool folder
 * @param maxRetryDelay the longest wait between two attempts to reach a collector that is down
 * @param stopGrace     how long closing the trail waits for the spool to drain to reachable collectors
 */
public record AuditTrailSettings(List<SyslogDestination> destinations, SSLContext tls, Path spoolDir,
                                 Duration maxRetryDelay, Duration stopGrace) {

    public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(10);
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(10);

    public AuditTrailSettings {
        destinations = List.copyOf(destinations);
        if (destinations.isEmpty()) {
            throw new IllegalArgumentException("an audit trail needs at least one destination");
        }
        if (tls == null && destinations.stream().anyMatch(d -> d.protocol() == SyslogDestination.Protocol.TLS)) {
            throw new IllegalArgumentException("a tls:// destination needs a TLS context");
        }
        Objects.requireNonNull(spoolDir, "spoolDir");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(stopGrace, "stopGrace");
    }

    public AuditTrailSettings(List<SyslogDestination> destinations, SSLContext tls, Path spoolDir) {
        this(destinations, tls, spoolDir, DEFAULT_MAX_RETRY_DELAY, DEFAULT_STOP_GRACE);
    }
}
