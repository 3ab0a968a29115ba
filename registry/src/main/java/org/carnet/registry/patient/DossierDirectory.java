package org.carnet.registry.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.db.Dialect;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.DossierFacts;

/**
 * The patients the registry knows: one dossier per patient, keyed by id number and assigning authority
 * ({@link Cx#key()}), so that the DMP's {@code INS^^^&oid&ISO^NH} and plain {@code INS^^^&oid&ISO} are the
 * same dossier. This is the registry's patient identity source: a submission for a patient without an open
 * dossier fails with XDSUnknownPatientId.
 *
 * <p>It keeps the dossier's life (TD1.1 open with consent, TD1.4 close with a reason, TD1.2 reopen with renewed
 * consent), each step with who recorded it in an append-only history, and the patient's oppositions (TD1.3b).
 * Every change is one database transaction that locks the dossier row first. Who may make a change is not
 * decided here: see {@code org.carnet.common.policy.DossierManagementDecider}.
 */
public final class DossierDirectory {
    /** Who records the consent of dossiers opened by {@link #open(Cx)}: the node itself. */
    public static final String NODE_ACTOR = "carnet";

    private final Database database;
    private final Clock clock;

    public DossierDirectory(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The result of opening: the dossier, and whether this call created it. */
    public record Opened(Dossier dossier, boolean created) {
    }

    /**
     * Opens the patient's dossier with the consent recorded by the node itself ({@value #NODE_ACTOR}): for tools
     * and tests that seed dossiers. See {@link #open(Cx, Caller)}.
     */
    public Opened open(Cx patientId) throws SQLException {
        return open(patientId, Caller.system(NODE_ACTOR, null));
    }

    /**
     * Opens the patient's dossier (TD1.1), recording who recorded the patient's consent. Opening an open dossier
     * changes nothing; a closed one is reopened with {@link #reopen}, not opened.
     *
     * @throws DossierStateException {@link DossierStateException.Problem#CLOSED} when the dossier is closed
     */
    public Opened open(Cx patientId, Caller consentRecordedBy) throws SQLException {
        String key = patientId.key();
        try {
            return database.inTransaction(c -> {
                Optional<Dossier> existing = DossierRows.lock(c, key);
                if (existing.isPresent()) {
                    return new Opened(stillOpen(existing.get()), false);
                }
                Instant now = clock.instant();
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO dossier (patient_key, status, opened_at, updated_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, Dossier.Status.OPEN.name());
                    insert.setTimestamp(3, Timestamp.from(now));
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.executeUpdate();
                }
                DossierRows.event(c, key, DossierEvent.Kind.OPENED, null, consentRecordedBy, now);
                return new Opened(new Dossier(key, Dossier.Status.OPEN, now, now), true);
            });
        } catch (SQLException e) {
            if (Dialect.isUniqueViolation(e)) {
                // opened concurrently by another request: same outcome as an already open dossier
                return new Opened(stillOpen(find(key).orElseThrow(() -> e)), false);
            }
            throw e;
        }
    }

    private static Dossier stillOpen(Dossier dossier) {
        if (!dossier.isOpen()) {
            throw new DossierStateException(DossierStateException.Problem.CLOSED,
                    "the dossier is closed: reopen it with the patient's consent");
        }
        return dossier;
    }

    /**
     * Closes an open dossier (TD1.4) with a reason, e.g. {@code FERMETURE_DEMANDE_PATIENT}. Its data are kept (see
     * {@link DossierRetention}); it refuses feeding and consultation until reopened.
     */
    public Dossier close(String patientKey, String reason, Caller by) throws SQLException {
        return database.inTransaction(c -> {
            Dossier dossier = DossierRows.lock(c, patientKey).orElseThrow(DossierRows::noDossier);
            if (!dossier.isOpen()) {
                throw new DossierStateException(DossierStateException.Problem.CLOSED, "the dossier is closed already");
            }
            Instant now = clock.instant();
            setStatus(c, patientKey, Dossier.Status.CLOSED, now, reason);
            DossierRows.event(c, patientKey, DossierEvent.Kind.CLOSED, reason, by, now);
            return new Dossier(patientKey, Dossier.Status.CLOSED, dossier.openedAt(), now, now, reason,
                    dossier.oppositions());
        });
    }

    /** Reopens a closed dossier (TD1.2) with the patient's renewed consent, recorded by {@code by}. */
    public Dossier reopen(String patientKey, Caller by) throws SQLException {
        return database.inTransaction(c -> {
            Dossier dossier = DossierRows.lock(c, patientKey).orElseThrow(DossierRows::noDossier);
            if (dossier.isOpen()) {
                throw new DossierStateException(DossierStateException.Problem.OPEN,
                        "the dossier is open: there is nothing to reopen");
            }
            Instant now = clock.instant();
            setStatus(c, patientKey, Dossier.Status.OPEN, now, null);
            DossierRows.event(c, patientKey, DossierEvent.Kind.REOPENED, null, by, now);
            return new Dossier(patientKey, Dossier.Status.OPEN, dossier.openedAt(), now, null, null,
                    dossier.oppositions());
        });
    }

    private static void setStatus(Connection c, String patientKey, Dossier.Status status, Instant now,
                                  String reason) throws SQLException {
        boolean closing = status == Dossier.Status.CLOSED;
        try (PreparedStatement update = c.prepareStatement("UPDATE dossier SET status = ?, updated_at = ?, "
                + "closed_at = ?, closed_reason = ? WHERE patient_key = ?")) {
            update.setString(1, status.name());
            update.setTimestamp(2, Timestamp.from(now));
            update.setTimestamp(3, closing ? Timestamp.from(now) : null);
            update.setString(4, closing ? reason : null);
            update.setString(5, patientKey);
            update.executeUpdate();
        }
    }

    /** Sets the patient's oppositions to emergency access (TD1.3b) on an open dossier. */
    public Dossier setOppositions(String patientKey, Oppositions oppositions) throws SQLException {
        return database.inTransaction(c -> {
            Dossier dossier = DossierRows.lockOpen(c, patientKey);
            Instant now = clock.instant();
            try (PreparedStatement update = c.prepareStatement("UPDATE dossier SET opposes_bris_de_glace = ?, "
                    + "opposes_centre_15 = ?, emergency_may_see_masked = ?, updated_at = ? WHERE patient_key = ?")) {
                update.setBoolean(1, oppositions.brisDeGlace());
                update.setBoolean(2, oppositions.centre15());
                update.setBoolean(3, oppositions.emergencyMaySeeMasked());
                update.setTimestamp(4, Timestamp.from(now));
                update.setString(5, patientKey);
                update.executeUpdate();
            }
            return new Dossier(patientKey, dossier.status(), dossier.openedAt(), now, dossier.closedAt(),
                    dossier.closedReason(), oppositions);
        });
    }

    public Optional<Dossier> find(Cx patientId) throws SQLException {
        return find(patientId.key());
    }

    public Optional<Dossier> find(String patientKey) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return DossierRows.read(c, patientKey);
        }
    }

    /** The dossier's consent and life history, oldest first. */
    public List<DossierEvent> history(String patientKey) throws SQLException {
        List<DossierEvent> events = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT event, reason, recorded_by, recorded_by_kind, "
                     + "recorded_by_name, recorded_at FROM dossier_event WHERE patient_key = ? ORDER BY id")) {
            select.setString(1, patientKey);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new DossierEvent(DossierEvent.Kind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return events;
    }

    /**
     * What the access rules need to know of the dossier and of this actor's standing on it: status, oppositions,
     * and whether the actor (a professional, by {@link Actor#nationalId()}) is authorised, blocked or médecin
     * traitant. Empty when the patient has no dossier. One statement.
     */
    public Optional<DossierFacts> facts(String patientKey, Actor actor) throws SQLException {
        // A non-professional binds null, which matches no standing.
        String professionalId = actor.isProfessional() ? actor.nationalId() : null;
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT d.status, d.opposes_bris_de_glace, "
                     + "d.opposes_centre_15, d.emergency_may_see_masked, p.relation FROM dossier d "
                     + "LEFT JOIN dossier_professional p ON p.patient_key = d.patient_key AND p.professional_id = ? "
                     + "WHERE d.patient_key = ?")) {
            select.setString(1, professionalId);
            select.setString(2, patientKey);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                DossierFacts facts = new DossierFacts(DossierFacts.Status.valueOf(rs.getString(1)), false, false,
                        false, rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4));
                do {
                    String relation = rs.getString(5);
                    if (relation != null) {
                        facts = switch (DossierProfessionals.Relation.valueOf(relation)) {
                            case AUTHORISED -> facts.withAuthorised(true);
                            case BLOCKED -> facts.withBlocked(true);
                            case MEDECIN_TRAITANT -> facts.withMedecinTraitant(true);
                        };
                    }
                } while (rs.next());
                return Optional.of(facts);
            }
        }
    }
}
