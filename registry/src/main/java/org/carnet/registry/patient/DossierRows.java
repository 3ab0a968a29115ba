package org.carnet.registry.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.carnet.common.access.Caller;

/** The dossier row and its event rows, read and written inside the caller's transaction. */
final class DossierRows {
    private static final String COLUMNS = "status, opened_at, updated_at, closed_at, closed_reason, "
            + "opposes_bris_de_glace, opposes_centre_15, emergency_may_see_masked";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM dossier WHERE patient_key = ?";

    private DossierRows() {
    }

    static Optional<Dossier> read(Connection c, String patientKey) throws SQLException {
        return select(c, SELECT, patientKey);
    }

    /** Reads the row and locks it until the transaction ends, so that concurrent changes apply one after another. */
    static Optional<Dossier> lock(Connection c, String patientKey) throws SQLException {
        return select(c, SELECT + " FOR UPDATE", patientKey);
    }

    /** Locks an open dossier, or says why there is none. */
    static Dossier lockOpen(Connection c, String patientKey) throws SQLException {
        Dossier dossier = lock(c, patientKey).orElseThrow(DossierRows::noDossier);
        if (!dossier.isOpen()) {
            throw new DossierStateException(DossierStateException.Problem.CLOSED,
                    "the dossier is closed: reopen it first");
        }
        return dossier;
    }

    static DossierStateException noDossier() {
        return new DossierStateException(DossierStateException.Problem.NO_DOSSIER, "no dossier for this patient");
    }

    static void touch(Connection c, String patientKey, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE dossier SET updated_at = ? WHERE patient_key = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, patientKey);
            update.executeUpdate();
        }
    }

    static void event(Connection c, String patientKey, DossierEvent.Kind kind, String reason, Caller by, Instant at)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO dossier_event (patient_key, event, reason, "
                + "recorded_by, recorded_by_kind, recorded_by_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, patientKey);
            insert.setString(2, kind.name());
            insert.setString(3, reason);
            insert.setString(4, by.id());
            insert.setString(5, by.kind().name());
            insert.setString(6, by.name());
            insert.setTimestamp(7, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private static Optional<Dossier> select(Connection c, String sql, String patientKey) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, patientKey);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp closedAt = rs.getTimestamp(4);
                return Optional.of(new Dossier(patientKey, Dossier.Status.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
                        closedAt == null ? null : closedAt.toInstant(), rs.getString(5),
                        new Oppositions(rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8))));
            }
        }
    }
}
