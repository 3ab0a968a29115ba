package org.carnet.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

import org.carnet.audit.repository.ReceivedAuditMessage;
import org.carnet.audit.repository.ReceivedMessageStore;
import org.carnet.audit.repository.SyslogHeader;
import org.carnet.common.db.Database;

/**
 * What the node receives as an ATNA audit record repository, in table {@code received_audit_message} (schema 7).
 * Append-only by construction: this class, the only one that touches the table, has one insert and nothing else.
 */
public final class ReceivedAuditMessages implements ReceivedMessageStore {
    private static final String INSERT = "INSERT INTO received_audit_message (received_at, transport, sender_address,"
            + " sender_port, sender_certificate, syslog_pri, syslog_timestamp, syslog_hostname, syslog_app_name,"
            + " syslog_proc_id, syslog_msg_id, event_id, event_outcome, message)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int MAX_SUBJECT = 1024;

    private final Database database;

    public ReceivedAuditMessages(Database database) {
        this.database = database;
    }

    /** One insert in autocommit: durable once it returns. */
    @Override
    public void append(ReceivedAuditMessage message) throws SQLException {
        SyslogHeader header = message.header();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setTimestamp(1, Timestamp.from(message.receivedAt()));
            s.setString(2, message.transport().name());
            s.setString(3, message.sender().getAddress() == null ? message.sender().getHostString()
                    : message.sender().getAddress().getHostAddress());
            s.setInt(4, message.sender().getPort());
            // a subject is short; a longer one is cut rather than lose the message
            s.setString(5, message.senderCertificate().map(d -> d.length() > MAX_SUBJECT ? d.substring(0, MAX_SUBJECT) : d)
                    .orElse(null));
            s.setInt(6, header.pri());
            if (header.timestamp().isPresent()) {
                s.setObject(7, header.timestamp().get());
            } else {
                s.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            s.setString(8, header.hostName());
            s.setString(9, header.appName());
            s.setString(10, header.procId());
            s.setString(11, header.msgId());
            s.setString(12, message.summary().eventId().orElse(null));
            s.setString(13, message.summary().outcome().orElse(null));
            s.setBytes(14, message.msg());
            s.executeUpdate();
        }
    }

}
