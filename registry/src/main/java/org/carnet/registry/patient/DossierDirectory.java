package org.carnet.registry.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.carnet.common.db.Database;
import org.carnet.common.db.Dialect;
import org.carnet.common.metadata.Cx;

/**
 * The patients the registry knows: one dossier per patient, keyed by id number and assigning authority
 * ({@link Cx#key()}), so that the DMP's {@code INS^^^&oid&ISO^NH} and plain {@code INS^^^&oid&ISO} are the
 * same dossier. This is the registry's patient identity source: a submission for a patient without an open
 * dossier fails with XDSUnknownPatientId.
 */
public final class DossierDirectory {
    private final Database database;
    private final Clock clock;

    public DossierDirectory(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The result of opening: the dossier, and whether this call created it. */
    public record Opened(Dossier dossier, boolean created) {
    }

    /** Opens the patient's dossier; opening an already open dossier changes nothing. */
    public Opened open(Cx patientId) throws SQLException {
        String key = patientId.key();
        Optional<Dossier> existing = find(key);
        if (existing.isPresent()) {
            return new Opened(existing.get(), false);
        }
        Instant now = clock.instant();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO dossier (patient_key, status, opened_at, updated_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, Dossier.Status.OPEN.name());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
            return new Opened(new Dossier(key, Dossier.Status.OPEN, now, now), true);
        } catch (SQLException e) {
            if (Dialect.isUniqueViolation(e)) {
                // opened concurrently by another request: same outcome as an already open dossier
                return new Opened(find(key).orElseThrow(() -> e), false);
            }
            throw e;
        }
    }

    public Optional<Dossier> find(Cx patientId) throws SQLException {
        return find(patientId.key());
    }

    public Optional<Dossier> find(String patientKey) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT status, opened_at, updated_at FROM dossier WHERE patient_key = ?")) {
            select.setString(1, patientKey);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Dossier(patientKey, Dossier.Status.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
            }
        }
    }
}
