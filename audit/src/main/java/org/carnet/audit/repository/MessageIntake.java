package org.carnet.audit.repository;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What both listeners do with one received SYSLOG-MSG: check its header, summarise it, store it, count it. */
final class MessageIntake {
    private static final Logger log = LoggerFactory.getLogger(MessageIntake.class);

    private final ReceivedMessageStore store;
    private final ReceptionCounters counters;
    private final Clock clock;

    MessageIntake(ReceivedMessageStore store, ReceptionCounters counters, Clock clock) {
        this.store = store;
        this.counters = counters;
        this.clock = clock;
    }

    /** Returns false when the message is not RFC 5424 (counted as malformed); a store failure is logged. */
    boolean accept(byte[] message, ReceivedAuditMessage.Transport transport, InetSocketAddress sender,
                   Optional<String> senderCertificate) {
        SyslogHeader header;
        try {
            header = SyslogHeader.parse(message);
        } catch (SyslogHeader.MalformedException e) {
            counters.malformedOne();
            log.warn("refused a syslog message from {} over {}: {}", sender, transport, e.getMessage());
            return false;
        }
        byte[] msg = header.msg(message);
        try {
            store.append(new ReceivedAuditMessage(clock.instant(), transport, sender, senderCertificate, header,
                    AuditEventSummary.of(msg), msg));
            counters.storedOne();
            log.debug("stored an audit message from {} ({} bytes)", sender, msg.length);
        } catch (Exception e) {
            // Syslog has no acknowledgement to withhold: the message is lost, which the log must say loudly.
            counters.notStoredOne();
            log.error("an audit message from {} could not be stored and is lost: {}", sender, e.toString());
        }
        return true;
    }
}
