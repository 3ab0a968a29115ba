package org.carnet.common.access;

/**
 * How the caller was authenticated, from the VIHF attribute {@code Authentification_Mode} (dmp-reference 2). The
 * constant names are the wire values.
 *
 * <p>{@link #INDIRECTE_RENFORCEE} identifies the person behind the structure's certificate (strong local
 * authentication), so it counts as {@link #DIRECTE} for reading and for authorship; only plain {@link #INDIRECTE}
 * is "a structure certificate" in the sense of dmp-reference 3 [inferred].
 */
public enum AuthenticationMode {
    /** The professional's own card (CPS) signed the assertion. */
    DIRECTE,
    /** The structure's certificate signed it: the structure is the actor. */
    INDIRECTE,
    /** As {@link #INDIRECTE}, with strong local authentication of the professional by the structure. */
    INDIRECTE_RENFORCEE;

    /** Is the actor the structure rather than an identified person? */
    public boolean isStructure() {
        return this == INDIRECTE;
    }
}
