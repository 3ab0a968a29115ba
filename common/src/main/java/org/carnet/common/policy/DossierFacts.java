package org.carnet.common.policy;

import java.util.Objects;

import org.carnet.common.access.AccessMode;

/**
 * What is known of the dossier and of the actor's standing on it (TD0.2, TD1.3, TD1.6; dmp-reference 1, 3).
 * Build with {@link #open()} or {@link #closed()} and the {@code with…} methods.
 *
 * @param status                       open or closed (TD1.4)
 * @param authorised                   the actor is authorised on the dossier: declared with the patient's
 *                                     agreement, or deemed authorised as member of the care team
 * @param blocked                      the patient blocked the actor (TD1.6 INTERDITE): refused even if authorised
 * @param medecinTraitant              the actor is a médecin traitant DMP of this dossier
 * @param opposesBrisDeGlace           patient's {@code OPPOSITION_BRIS_DE_GLACE}
 * @param opposesCentre15              patient's {@code OPPOSITION_ACCES_URGENCE} (regulation centres)
 * @param emergencyMaySeeMasked        the patient allowed emergency access to masked documents
 */
public record DossierFacts(Status status, boolean authorised, boolean blocked, boolean medecinTraitant,
                          boolean opposesBrisDeGlace, boolean opposesCentre15, boolean emergencyMaySeeMasked) {

    public enum Status { OPEN, CLOSED }

    public DossierFacts {
        Objects.requireNonNull(status, "status");
    }

    /** An open dossier on which the actor has no standing and the patient expressed nothing. */
    public static DossierFacts open() {
        return new DossierFacts(Status.OPEN, false, false, false, false, false, false);
    }

    public static DossierFacts closed() {
        return new DossierFacts(Status.CLOSED, false, false, false, false, false, false);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Has the patient opposed access in this mode (TD1.3 oppositions)? Never for {@link AccessMode#NORMAL}. */
    public boolean opposes(AccessMode mode) {
        return switch (mode) {
            case NORMAL -> false;
            case BRIS_DE_GLACE -> opposesBrisDeGlace;
            case CENTRE_15 -> opposesCentre15;
        };
    }

    public DossierFacts withAuthorised(boolean v) {
        return new DossierFacts(status, v, blocked, medecinTraitant, opposesBrisDeGlace, opposesCentre15,
                emergencyMaySeeMasked);
    }

    public DossierFacts withBlocked(boolean v) {
        return new DossierFacts(status, authorised, v, medecinTraitant, opposesBrisDeGlace, opposesCentre15,
                emergencyMaySeeMasked);
    }

    public DossierFacts withMedecinTraitant(boolean v) {
        return new DossierFacts(status, authorised, blocked, v, opposesBrisDeGlace, opposesCentre15,
                emergencyMaySeeMasked);
    }

    public DossierFacts withOpposesBrisDeGlace(boolean v) {
        return new DossierFacts(status, authorised, blocked, medecinTraitant, v, opposesCentre15,
                emergencyMaySeeMasked);
    }

    public DossierFacts withOpposesCentre15(boolean v) {
        return new DossierFacts(status, authorised, blocked, medecinTraitant, opposesBrisDeGlace, v,
                emergencyMaySeeMasked);
    }

    public DossierFacts withEmergencyMaySeeMasked(boolean v) {
        return new DossierFacts(status, authorised, blocked, medecinTraitant, opposesBrisDeGlace, opposesCentre15,
                v);
    }
}
