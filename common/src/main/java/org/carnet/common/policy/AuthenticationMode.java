package org.carnet.common.policy;

/**
 * The VIHF {@code Authentification_Mode} (dmp-reference 2).
 *
 * <p>{@link #INDIRECTE_RENFORCEE} identifies the person behind the structure's certificate (strong local
 * authentication), so we treat it as {@link #DIRECTE} for reading and for authorship; only plain
 * {@link #INDIRECTE} is "a structure certificate" in the sense of dmp-reference 3 [inferred].
 */
public enum AuthenticationMode {
    /** The professional's own card (CPS). */
    DIRECTE,
    /** A structure's certificate: the structure is the actor. */
    INDIRECTE,
    /** A structure's certificate with strong local authentication of the person. */
    INDIRECTE_RENFORCEE;

    /** Is the actor the structure rather than an identified person? */
    public boolean isStructure() {
        return this == INDIRECTE;
    }
}
