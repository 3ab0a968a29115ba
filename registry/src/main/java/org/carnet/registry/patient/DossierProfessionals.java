package org.carnet.registry.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.db.Dialect;

/**
 * The standing of professionals on dossiers (TD0.3, TD0.4, TD1.6): authorised (by their own declaration or by the
 * patient), blocked (by the patient), médecin traitant DMP (several per dossier). Each standing is one row,
 * independent of the others: a blocked professional keeps their authorisation, and the access rules refuse them
 * anyway. Changes need an open dossier and are one transaction each, which locks the dossier row first. Who may
 * make a change is not decided here: see {@code org.carnet.common.policy.DossierManagementDecider}.
 */
public final class DossierProfessionals {

    /** A standing a professional holds on a dossier. */
    public enum Relation { AUTHORISED, BLOCKED, MEDECIN_TRAITANT }

    /**
     * The professional a standing is about, as described when it is granted; only the id is compared by the access
     * rules, the rest is shown in lists.
     */
    public record Professional(String id, String name, String professionCode, String specialityCode) {
        public Professional {
            Objects.requireNonNull(id, "id");
        }

        /** A professional acting for themself: as their token describes them. */
        public static Professional of(Caller caller) {
            return new Professional(caller.id(), caller.name(), caller.actor().professionCode(),
                    caller.actor().specialityCode());
        }
    }

    private final Database database;
    private final Clock clock;

    public DossierProfessionals(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Gives a professional a standing on an open dossier.
     *
     * @return false when they held it already (nothing changes, the first grant stays on record)
     */
    public boolean grant(String patientKey, Relation relation, Professional professional, Caller grantedBy)
            throws SQLException {
        try {
            return database.inTransaction(c -> {
                DossierRows.lockOpen(c, patientKey);
                if (holds(c, patientKey, professional.id(), relation)) {
                    return false;
                }
                Instant now = clock.instant();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO dossier_professional (patient_key, "
                        + "professional_id, relation, granted_by, granted_by_kind, since, professional_name, "
                        + "profession_code, speciality_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, patientKey);
                    insert.setString(2, professional.id());
                    insert.setString(3, relation.name());
                    insert.setString(4, grantedBy.id());
                    insert.setString(5, grantedBy.kind().name());
                    insert.setTimestamp(6, Timestamp.from(now));
                    insert.setString(7, professional.name());
                    insert.setString(8, professional.professionCode());
                    insert.setString(9, professional.specialityCode());
                    insert.executeUpdate();
                }
                DossierRows.touch(c, patientKey, now);
                return true;
            });
        } catch (SQLException e) {
            if (Dialect.isUniqueViolation(e)) {
                return false; // granted concurrently by another request
            }
            throw e;
        }
    }

    /**
     * Takes a standing back on an open dossier.
     *
     * @return false when the professional did not hold it
     */
    public boolean revoke(String patientKey, Relation relation, String professionalId) throws SQLException {
        return database.inTransaction(c -> {
            DossierRows.lockOpen(c, patientKey);
            int deleted;
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM dossier_professional WHERE patient_key = ? "
                    + "AND professional_id = ? AND relation = ?")) {
                delete.setString(1, patientKey);
                delete.setString(2, professionalId);
                delete.setString(3, relation.name());
                deleted = delete.executeUpdate();
            }
            if (deleted > 0) {
                DossierRows.touch(c, patientKey, clock.instant());
            }
            return deleted > 0;
        });
    }

    private static boolean holds(Connection c, String patientKey, String professionalId, Relation relation)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM dossier_professional WHERE patient_key = ? "
                + "AND professional_id = ? AND relation = ?")) {
            select.setString(1, patientKey);
            select.setString(2, professionalId);
            select.setString(3, relation.name());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** TD1.6: every professional with a standing on the dossier, by id; {@code mode} null for all of them. */
    public List<ProfessionalOnDossier> list(String patientKey, ProfessionalOnDossier.Mode mode) throws SQLException {
        Map<String, ProfessionalOnDossier> byId = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT professional_id, relation, granted_by, "
                     + "granted_by_kind, since, professional_name, profession_code, speciality_code "
                     + "FROM dossier_professional WHERE patient_key = ? ORDER BY professional_id, relation")) {
            select.setString(1, patientKey);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    byId.put(id, merge(byId.get(id), id, Relation.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                            rs.getString(8)));
                }
            }
        }
        return byId.values().stream().filter(p -> mode == null || p.mode() == mode).toList();
    }

    /** One more standing of the same professional; a description given with any standing fills what others lack. */
    private static ProfessionalOnDossier merge(ProfessionalOnDossier known, String id, Relation relation,
                                               String grantedBy, String grantedByKind, Instant since, String name,
                                               String profession, String speciality) {
        ProfessionalOnDossier p = known != null ? known
                : new ProfessionalOnDossier(id, null, null, null, null, null, null, null, null);
        String n = name != null ? name : p.name();
        String pc = profession != null ? profession : p.professionCode();
        String sc = speciality != null ? speciality : p.specialityCode();
        return switch (relation) {
            case AUTHORISED -> new ProfessionalOnDossier(id, n, pc, sc, since, grantedBy, grantedByKind,
                    p.blockedSince(), p.medecinTraitantSince());
            case BLOCKED -> new ProfessionalOnDossier(id, n, pc, sc, p.authorisedSince(), p.authorisedBy(),
                    p.authorisedByKind(), since, p.medecinTraitantSince());
            case MEDECIN_TRAITANT -> new ProfessionalOnDossier(id, n, pc, sc, p.authorisedSince(), p.authorisedBy(),
                    p.authorisedByKind(), p.blockedSince(), since);
        };
    }

    /**
     * TD0.4: the dossiers this professional may consult: authorised on or médecin traitant of, and not blocked;
     * closed ones included, with their status. By patient key.
     */
    public List<AuthorisedDossier> dossiersOf(String professionalId) throws SQLException {
        record Standing(Dossier.Status status, Instant authorised, Instant medecinTraitant, boolean blocked) {
        }
        Map<String, Standing> byPatient = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT p.patient_key, p.relation, p.since, d.status "
                     + "FROM dossier_professional p JOIN dossier d ON d.patient_key = p.patient_key "
                     + "WHERE p.professional_id = ? ORDER BY p.patient_key")) {
            select.setString(1, professionalId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    Instant since = rs.getTimestamp(3).toInstant();
                    Standing s = byPatient.getOrDefault(key,
                            new Standing(Dossier.Status.valueOf(rs.getString(4)), null, null, false));
                    byPatient.put(key, switch (Relation.valueOf(rs.getString(2))) {
                        case AUTHORISED -> new Standing(s.status(), since, s.medecinTraitant(), s.blocked());
                        case MEDECIN_TRAITANT -> new Standing(s.status(), s.authorised(), since, s.blocked());
                        case BLOCKED -> new Standing(s.status(), s.authorised(), s.medecinTraitant(), true);
                    });
                }
            }
        }
        List<AuthorisedDossier> dossiers = new ArrayList<>();
        byPatient.forEach((key, s) -> {
            if (!s.blocked() && (s.authorised() != null || s.medecinTraitant() != null)) {
                dossiers.add(new AuthorisedDossier(key, s.status(), s.authorised(), s.medecinTraitant()));
            }
        });
        return dossiers;
    }
}
