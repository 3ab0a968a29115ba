package org.carnet.audit.repository;

import java.io.IOException;
import java.time.Clock;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node as an ATNA audit record repository: the TLS and UDP syslog listeners its settings ask for, feeding one
 * {@link ReceivedMessageStore}. Started by {@link #start}, stopped by {@link #close()}.
 */
public final class AuditRecordRepository implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditRecordRepository.class);

    private final TlsSyslogListener tls;
    private final UdpSyslogListener udp;
    private final ReceptionCounters counters;

    private AuditRecordRepository(TlsSyslogListener tls, UdpSyslogListener udp, ReceptionCounters counters) {
        this.tls = tls;
        this.udp = udp;
        this.counters = counters;
    }

    /** A listener that could not bind its port, and which one. */
    public static final class ListenException extends IOException {
        private static final long serialVersionUID = 1L;
        private final ReceivedAuditMessage.Transport transport;

        ListenException(ReceivedAuditMessage.Transport transport, String host, int port, IOException cause) {
            super("cannot listen for syslog over " + transport + " on " + host + ":" + port + ": "
                    + cause.getMessage(), cause);
            this.transport = transport;
        }

        public ReceivedAuditMessage.Transport transport() {
            return transport;
        }
    }

    /** @throws ListenException when a port cannot be bound */
    public static AuditRecordRepository start(RepositorySettings settings, ReceivedMessageStore store, Clock clock)
            throws ListenException {
        ReceptionCounters counters = new ReceptionCounters();
        MessageIntake intake = new MessageIntake(store, counters, clock);
        TlsSyslogListener tls = null;
        if (settings.tlsPort() != RepositorySettings.OFF) {
            try {
                tls = new TlsSyslogListener(settings.tls(), settings, intake, counters);
            } catch (IOException e) {
                throw new ListenException(ReceivedAuditMessage.Transport.TLS, settings.host(), settings.tlsPort(), e);
            }
        }
        UdpSyslogListener udp = null;
        try {
            if (settings.udpPort() != RepositorySettings.OFF) {
                udp = new UdpSyslogListener(settings, intake, counters);
            }
        } catch (IOException e) {
            closeIfOpen(tls);
            throw new ListenException(ReceivedAuditMessage.Transport.UDP, settings.host(), settings.udpPort(), e);
        } catch (RuntimeException e) {
            closeIfOpen(tls);
            throw e;
        }
        AuditRecordRepository repository = new AuditRecordRepository(tls, udp, counters);
        log.info("Audit record repository listening on {} (tls port {}, udp port {})", settings.host(),
                repository.tlsPort().stream().boxed().findFirst().map(String::valueOf).orElse("off"),
                repository.udpPort().stream().boxed().findFirst().map(String::valueOf).orElse("off"));
        return repository;
    }

    private static void closeIfOpen(TlsSyslogListener tls) {
        if (tls != null) {
            tls.close();
        }
    }

    public OptionalInt tlsPort() {
        return tls == null ? OptionalInt.empty() : OptionalInt.of(tls.port());
    }

    public OptionalInt udpPort() {
        return udp == null ? OptionalInt.empty() : OptionalInt.of(udp.port());
    }

    public ReceptionCounters counters() {
        return counters;
    }

    @Override
    public void close() {
        if (tls != null) {
            tls.close();
        }
        if (udp != null) {
            udp.close();
        }
    }
}
