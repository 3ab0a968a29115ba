package org.carnet.registry.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.carnet.common.policy.Actor;
import org.carnet.common.policy.DossierFacts;
import org.carnet.registry.patient.Dossier;

/**
 * What the access rules know of a dossier and of one actor's standing on it (registry schema 3): its status and
 * the patient's emergency choices, and whether the actor is authorised, blocked or médecin traitant there.
 */
final class DossierStandings {
    private DossierStandings() {
    }

    /** The facts, or empty when the patient has no dossier. */
    static Optional<DossierFacts> of(Connection c, String patientKey, Actor actor) throws SQLException {
        DossierFacts facts;
        try (PreparedStatement s = c.prepareStatement("SELECT status, opposes_bris_de_glace, opposes_centre_15, "
                + "emergency_may_see_masked FROM dossier WHERE patient_key = ?")) {
            s.setString(1, patientKey);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                facts = (Dossier.Status.OPEN.name().equals(rs.getString(1)) ? DossierFacts.open()
                        : DossierFacts.closed())
                        .withOpposesBrisDeGlace(rs.getBoolean(2))
                        .withOpposesCentre15(rs.getBoolean(3))
                        .withEmergencyMaySeeMasked(rs.getBoolean(4));
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT relation FROM dossier_professional "
                + "WHERE patient_key = ? AND professional_id = ?")) {
            s.setString(1, patientKey);
            s.setString(2, actor.nationalId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts = switch (rs.getString(1)) {
                        case "AUTHORISED" -> facts.withAuthorised(true);
                        case "BLOCKED" -> facts.withBlocked(true);
                        case "MEDECIN_TRAITANT" -> facts.withMedecinTraitant(true);
                        default -> facts;
                    };
                }
            }
        }
        return Optional.of(facts);
    }
}
