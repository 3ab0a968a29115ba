package org.carnet.registry.patient;

import java.time.Instant;

/**
 * A dossier a professional may consult, as TD0.4 lists it.
 *
 * @param authorisedSince      when the professional was authorised; null when only médecin traitant
 * @param medecinTraitantSince when they became médecin traitant; null when not
 */
public record AuthorisedDossier(String patientKey, Dossier.Status status, Instant authorisedSince,
                                Instant medecinTraitantSince) {

    public boolean medecinTraitant() {
        return medecinTraitantSince != null;
    }
}
