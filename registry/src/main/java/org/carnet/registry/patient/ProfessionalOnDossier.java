package org.carnet.registry.patient;

import java.time.Instant;

/**
 * A professional's standing on one dossier, as TD1.6 lists it: each standing with its start, null when not held.
 *
 * @param name             display name, when known; likewise profession and speciality codes
 * @param authorisedBy     who authorised: the professional themself (TD0.3) or the patient side
 * @param authorisedByKind PROFESSIONAL, PATIENT, LEGAL_REPRESENTATIVE
 */
public record ProfessionalOnDossier(String professionalId, String name, String professionCode,
                                    String specialityCode, Instant authorisedSince, String authorisedBy,
                                    String authorisedByKind, Instant blockedSince, Instant medecinTraitantSince) {

    /** TD1.6 modes: INTERDITE (blocked, whatever else), ACTIVE (authorised or médecin traitant, not blocked). */
    public enum Mode { ACTIVE, BLOCKED }

    public Mode mode() {
        return blockedSince != null ? Mode.BLOCKED : Mode.ACTIVE;
    }

    public boolean authorised() {
        return authorisedSince != null;
    }

    public boolean medecinTraitant() {
        return medecinTraitantSince != null;
    }
}
