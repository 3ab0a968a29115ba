package org.carnet.registry.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

import org.carnet.common.access.Caller;

/**
 * dmp-reference 3: every emergency access (bris de glace, centre 15) is notified to the patient. The notice is a
 * row of {@code patient_notification} that the patient's API lists; sending it by mail or SMS is a channel's job.
 */
final class EmergencyNotifications {
    static final String KIND = "EMERGENCY_ACCESS";

    private final Clock clock;

    EmergencyNotifications(Clock clock) {
        this.clock = clock;
    }

    void record(Connection c, String patientKey, Caller caller, String detail) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO patient_notification (patient_key, kind, "
                + "actor_id, actor_name, access_mode, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, patientKey);
            insert.setString(2, KIND);
            insert.setString(3, caller.id());
            insert.setString(4, caller.name());
            insert.setString(5, caller.mode().code());
            insert.setString(6, detail);
            insert.setTimestamp(7, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }
}
