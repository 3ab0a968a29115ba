package org.carnet.registry.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;

/**
 * What the patient is told about their dossier, kept for the patient's API to list (newest first). Recording one
 * is all a transaction does: the row also waits in the outbox until a channel sends it by SMS or email, if one is
 * configured ({@link org.carnet.registry.notify.NotificationSender}).
 */
public final class PatientNotifications {
    /** Every emergency access (bris de glace, centre 15) is notified to the patient (dmp-reference 3). */
    public static final String EMERGENCY_ACCESS = "EMERGENCY_ACCESS";
    /** The most notifications one page holds. */
    public static final int MAX_PAGE_SIZE = 500;

    private final Database database;
    private final Clock clock;

    public PatientNotifications(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records one notification: who acted (id, name, access mode) and what happened. */
    public void record(String patientKey, String kind, Caller actor, String detail) {
        Objects.requireNonNull(patientKey, "patientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO patient_notification (patient_key, kind, "
                     + "actor_id, actor_name, access_mode, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, patientKey);
            insert.setString(2, kind);
            insert.setString(3, actor.id());
            insert.setString(4, actor.name());
            insert.setString(5, actor.mode().code());
            insert.setString(6, detail);
            insert.setTimestamp(7, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a patient notification", e);
        }
    }

    /**
     * One page of the patient's notifications, newest first.
     *
     * @param page 0 for the newest
     * @param size 1 to {@value #MAX_PAGE_SIZE}
     */
    public List<Notification> list(String patientKey, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        List<Notification> notifications = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, kind, actor_id, actor_name, access_mode, "
                     + "detail, created_at FROM patient_notification WHERE patient_key = ? ORDER BY id DESC "
                     + "LIMIT ? OFFSET ?")) {
            select.setString(1, patientKey);
            select.setInt(2, size);
            select.setLong(3, (long) page * size);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    notifications.add(new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read patient notifications", e);
        }
        return notifications;
    }
}
