package org.carnet.registry.access;

import static org.carnet.common.access.ConsultScope.PATIENT;

import java.util.List;

import org.carnet.common.policy.Actor;
import org.carnet.common.policy.Confidentiality;
import org.carnet.registry.patient.Dossier;
import org.carnet.registry.store.CodeAttribute;

/**
 * A fact the access rules read that varies from one dossier or document to the next, with the SQL condition
 * that is true exactly when the fact holds for the caller: over the patient key placeholder
 * {@value org.carnet.common.access.ConsultScope#PATIENT} for dossier facts, over {@code document_entry d} for
 * document facts. The tables are those of registry schema 3.
 */
enum VisibilityFact {
    OPEN(true),
    BLOCKED(true),
    MEDECIN_TRAITANT(true),
    AUTHORISED(true),
    OPPOSES_BRIS_DE_GLACE(true),
    OPPOSES_CENTRE_15(true),
    EMERGENCY_MAY_SEE_MASKED(true),
    MASKED(false),
    INVISIBLE_TO_PATIENT(false),
    INVISIBLE_TO_REPRESENTATIVES(false),
    AUTHORED_BY_CALLER(false);

    /** An SQL condition and its bind values. */
    record Condition(String sql, List<Object> binds) {
    }

    private final boolean dossierFact;

    VisibilityFact(boolean dossierFact) {
        this.dossierFact = dossierFact;
    }

    boolean isDossierFact() {
        return dossierFact;
    }

    Condition condition(Actor actor) {
        return switch (this) {
            case OPEN -> dossierColumn("status = ?", Dossier.Status.OPEN.name());
            case BLOCKED -> standing(actor, "BLOCKED");
            case MEDECIN_TRAITANT -> standing(actor, "MEDECIN_TRAITANT");
            case AUTHORISED -> standing(actor, "AUTHORISED");
            case OPPOSES_BRIS_DE_GLACE -> dossierColumn("opposes_bris_de_glace = ?", true);
            case OPPOSES_CENTRE_15 -> dossierColumn("opposes_centre_15 = ?", true);
            case EMERGENCY_MAY_SEE_MASKED -> dossierColumn("emergency_may_see_masked = ?", true);
            case MASKED -> confidentiality(Confidentiality.MASQUE_PS);
            case INVISIBLE_TO_PATIENT -> confidentiality(Confidentiality.INVISIBLE_PATIENT);
            case INVISIBLE_TO_REPRESENTATIVES -> confidentiality(Confidentiality.INVISIBLE_REPRESENTANTS_LEGAUX);
            case AUTHORED_BY_CALLER -> actor.isStructure()
                    ? author("structure_id", actor.structureId())
                    : author("author_id", actor.nationalId());
        };
    }

    private static Condition dossierColumn(String test, Object value) {
        return new Condition("EXISTS (SELECT 1 FROM dossier x WHERE x.patient_key = " + PATIENT + " AND x." + test
                + ")", List.of(value));
    }

    private static Condition standing(Actor actor, String relation) {
        return new Condition("EXISTS (SELECT 1 FROM dossier_professional r WHERE r.patient_key = " + PATIENT
                + " AND r.professional_id = ? AND r.relation = ?)", List.of(actor.nationalId(), relation));
    }

    private static Condition confidentiality(Confidentiality code) {
        return new Condition("EXISTS (SELECT 1 FROM document_code c WHERE c.entry_uuid = d.uuid AND c.attribute = ?"
                + " AND c.code = ? AND c.coding_scheme = ?)",
                List.of(CodeAttribute.CONFIDENTIALITY_CODE.column(), code.name(), code.codeSystem()));
    }

    private static Condition author(String column, String id) {
        if (id == null) {
            return new Condition("1=0", List.of());
        }
        return new Condition("EXISTS (SELECT 1 FROM document_author a WHERE a.entry_uuid = d.uuid AND a." + column
                + " = ?)", List.of(id));
    }
}
