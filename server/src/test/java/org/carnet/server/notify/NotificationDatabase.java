package org.carnet.server.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.carnet.common.TestClock;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.policy.Actor;
import org.carnet.registry.patient.PatientNotifications;

/** An in-memory registry database of its own, where emergency accesses are notified as the access policy does. */
final class NotificationDatabase implements AutoCloseable {
    static final Instant ACCESS_TIME = Instant.parse("2026-03-01T09:00:00Z");
    static final Caller EMERGENCY = new Caller(Actor.professional("810000000005", "10", "SM26", "410000000005001"),
            "EVA URGENTISTE", AccessMode.BRIS_DE_GLACE, null, null, "127.0.0.1");

    /** The delivery columns of one notification. */
    record Delivery(String state, int attempts, String lastError) {
    }

    final Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", 8);
    private final PatientNotifications notifications;

    NotificationDatabase() {
        database.migrate("registry");
        Clock accessClock = new TestClock(ACCESS_TIME);
        notifications = new PatientNotifications(database, accessClock);
    }

    /** Notifies an emergency access to the patient's dossier; returns the notification's stable id. */
    UUID emergencyAccess(String patientKey) throws SQLException {
        notifications.record(patientKey, PatientNotifications.EMERGENCY_ACCESS, EMERGENCY,
                "read documents in emergency mode");
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT notification_id FROM patient_notification ORDER BY id DESC LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    Delivery delivery(UUID notification) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT delivery, attempts, last_error FROM"
                     + " patient_notification WHERE notification_id = ?")) {
            s.setObject(1, notification);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Delivery(rs.getString(1), rs.getInt(2), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        }
        database.close();
    }
}
