package org.carnet.common.policy;

import java.util.Objects;

/**
 * The facts a {@link DossierManagementDecider} decides on, besides the actor. Build with {@link #about} and the
 * {@code with…} methods.
 *
 * @param dossier           the dossier and the actor's standing on it; for a dossier that does not exist yet,
 *                          {@link DossierFacts#open()} (who may act does not depend on it existing)
 * @param actorIsThePatient the actor is this dossier's patient, or a legal representative acting for them
 * @param professionalId    the professional the operation is about (authorise, block, médecin traitant, TD0.4);
 *                          null when none
 * @param patientConsent    the request states the patient's consent (opening and reopening by a professional or a
 *                          system; the patient's own act is their consent)
 * @param closeReason       the closure reason asked for (TD1.4), or null
 */
public record DossierRequest(DossierFacts dossier, boolean actorIsThePatient, String professionalId,
                             boolean patientConsent, String closeReason) {

    public DossierRequest {
        Objects.requireNonNull(dossier, "dossier");
    }

    public static DossierRequest about(DossierFacts dossier) {
        return new DossierRequest(dossier, false, null, false, null);
    }

    public DossierRequest withActorIsThePatient(boolean v) {
        return new DossierRequest(dossier, v, professionalId, patientConsent, closeReason);
    }

    public DossierRequest withProfessional(String id) {
        return new DossierRequest(dossier, actorIsThePatient, id, patientConsent, closeReason);
    }

    public DossierRequest withConsent(boolean v) {
        return new DossierRequest(dossier, actorIsThePatient, professionalId, v, closeReason);
    }

    public DossierRequest withCloseReason(String reason) {
        return new DossierRequest(dossier, actorIsThePatient, professionalId, patientConsent, reason);
    }
}
