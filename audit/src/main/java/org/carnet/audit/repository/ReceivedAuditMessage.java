package org.carnet.audit.repository;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit message another node sent to this repository, as received.
 *
 * @param receivedAt        when this node read it
 * @param transport         {@code TLS} or {@code UDP}
 * @param sender            the address it came from
 * @param senderCertificate the subject of the sender's TLS certificate (verified); empty over UDP
 * @param header            its RFC 5424 header
 * @param summary           event id and outcome of the DICOM message, when they could be read
 * @param msg               the MSG (the DICOM audit message, usually after a UTF-8 byte order mark), byte for byte
 */
public record ReceivedAuditMessage(Instant receivedAt, Transport transport, InetSocketAddress sender,
                                   Optional<String> senderCertificate, SyslogHeader header, AuditEventSummary summary,
                                   byte[] msg) {

    public enum Transport { TLS, UDP }

    public ReceivedAuditMessage {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(senderCertificate, "senderCertificate");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(msg, "msg");
    }
}
