package org.carnet.registry.patient;

/**
 * The patient's choices on emergency access (TD1.3b, code system 1.2.250.1.213.4.1.2.3).
 *
 * @param brisDeGlace           {@code OPPOSITION_BRIS_DE_GLACE}: no access in mode bris_de_glace
 * @param centre15              {@code OPPOSITION_ACCES_URGENCE}: no access by an emergency regulation centre
 * @param emergencyMaySeeMasked emergency access also sees the documents masked to professionals
 */
public record Oppositions(boolean brisDeGlace, boolean centre15, boolean emergencyMaySeeMasked) {
    /** What a new dossier starts with: no opposition, masked documents stay masked. */
    public static final Oppositions NONE = new Oppositions(false, false, false);
}
