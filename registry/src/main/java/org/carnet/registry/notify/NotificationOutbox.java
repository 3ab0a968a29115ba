package org.carnet.registry.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carnet.common.db.Database;

/**
 * The delivery state of {@code patient_notification} rows (schema 9): which are due, who is sending which, what
 * came of it.
 *
 * <p><b>Claims.</b> A sender takes a row with a conditional {@code UPDATE ... WHERE delivery = 'PENDING'}: the
 * database's row lock makes exactly one of several competing senders see one updated row, on PostgreSQL and on H2
 * alike, with no {@code SKIP LOCKED} and no transaction held across the network call. A claim is a lease: if its
 * sender dies, the row is due again once {@code claimed_until} has passed. Each outcome is recorded only by the
 * sender that holds the claim, so a sender that lost its lease cannot overwrite another's result.
 *
 * <p><b>Order.</b> Only the oldest unsettled notification of each patient is due: a patient's next notification
 * waits until the previous one is delivered or given up, even while that one waits for a retry. Notifications of
 * other patients do not wait. Two notifications of one patient committed at the same instant by two nodes may be
 * numbered in the other order than they commit; the second to commit is then sent first.
 */
public final class NotificationOutbox {
    private static final String PENDING = "PENDING";
    private static final String SENDING = "SENDING";
    private static final String DELIVERED = "DELIVERED";
    private static final String GIVEN_UP = "GIVEN_UP";
    private static final String DUE = "SELECT n.id, n.notification_id, n.patient_key, n.kind, n.actor_id,"
            + " n.actor_name, n.access_mode, n.detail, n.created_at, n.attempts FROM patient_notification n"
            + " WHERE n.delivery IN ('PENDING', 'SENDING')"
            + " AND ((n.delivery = 'PENDING' AND (n.next_attempt_at IS NULL OR n.next_attempt_at <= ?))"
            + " OR (n.delivery = 'SENDING' AND n.claimed_until <= ?))"
            + " AND NOT EXISTS (SELECT 1 FROM patient_notification e WHERE e.patient_key = n.patient_key"
            + " AND e.id < n.id AND e.delivery IN ('PENDING', 'SENDING'))"
            + " ORDER BY n.id LIMIT ?";
    private static final String CLAIM = "UPDATE patient_notification SET delivery = 'SENDING', claimed_by = ?,"
            + " claimed_until = ? WHERE id = ? AND ((delivery = 'PENDING' AND (next_attempt_at IS NULL"
            + " OR next_attempt_at <= ?)) OR (delivery = 'SENDING' AND claimed_until <= ?))";
    private static final String HELD = " WHERE id = ? AND delivery = 'SENDING' AND claimed_by = ?";

    private final Database database;

    public NotificationOutbox(Database database) {
        this.database = database;
    }

    /**
     * Up to {@code limit} notifications a sender may claim at {@code now}, oldest first, at most one per patient.
     */
    public List<OutgoingNotification> due(Instant now, int limit) throws SQLException {
        List<OutgoingNotification> due = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(DUE)) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setTimestamp(2, Timestamp.from(now));
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    due.add(new OutgoingNotification(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant(), rs.getInt(10)));
                }
            }
        }
        return due;
    }

    /**
     * Claims a due notification for {@code sender} until {@code until}; false when another sender has it, or it is
     * no longer due.
     */
    public boolean claim(OutgoingNotification notification, String sender, Instant now, Instant until)
            throws SQLException {
        return update(CLAIM, sender, Timestamp.from(until), notification.sequence(), Timestamp.from(now),
                Timestamp.from(now)) == 1;
    }

    /** Records a delivery; false when {@code sender} no longer held the claim. */
    public boolean delivered(OutgoingNotification notification, String sender, Instant now) throws SQLException {
        return update("UPDATE patient_notification SET delivery = '" + DELIVERED + "', attempts = attempts + 1,"
                + " settled_at = ?, last_error = NULL, claimed_by = NULL, claimed_until = NULL" + HELD,
                Timestamp.from(now), notification.sequence(), sender) == 1;
    }

    /** Puts a notification back to wait until {@code next}, after a failed attempt. */
    public boolean retryAt(OutgoingNotification notification, String sender, Instant next, String reason)
            throws SQLException {
        return update("UPDATE patient_notification SET delivery = '" + PENDING + "', attempts = attempts + 1,"
                + " next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL" + HELD,
                Timestamp.from(next), truncate(reason), notification.sequence(), sender) == 1;
    }

    /** Gives a notification up: its receiver refused it for good. */
    public boolean givenUp(OutgoingNotification notification, String sender, Instant now, String reason)
            throws SQLException {
        return update("UPDATE patient_notification SET delivery = '" + GIVEN_UP + "', attempts = attempts + 1,"
                + " settled_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL" + HELD,
                Timestamp.from(now), truncate(reason), notification.sequence(), sender) == 1;
    }

    /**
     * Hands back what {@code sender} claimed and did not finish, due at once, attempts unchanged: a stopping sender
     * leaves no row waiting for its lease to expire.
     *
     * @return how many claims were released
     */
    public int release(String sender) throws SQLException {
        return update("UPDATE patient_notification SET delivery = '" + PENDING + "', claimed_by = NULL,"
                + " claimed_until = NULL WHERE delivery = '" + SENDING + "' AND claimed_by = ?", sender);
    }

    /** How many notifications are not delivered or given up yet. */
    public long unsettled() throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM patient_notification"
                     + " WHERE delivery IN ('" + PENDING + "', '" + SENDING + "')");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int update(String sql, Object... binds) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                update.setObject(i + 1, binds[i]);
            }
            return update.executeUpdate();
        }
    }

    private static String truncate(String reason) {
        return reason.length() <= 256 ? reason : reason.substring(0, 256);
    }
}
