package org.carnet.common.security;

/**
 * How the caller was authenticated, from the VIHF attribute {@code Authentification_Mode} (dmp-reference §2).
 * The constant names are the wire values.
 */
public enum AuthenticationMode {
    /** The professional's own card (CPS) signed the assertion. */
    DIRECTE,
    /** The structure's certificate signed it, on behalf of a professional it authenticated. */
    INDIRECTE,
    /** As {@link #INDIRECTE}, with strong local authentication of the professional by the structure. */
    INDIRECTE_RENFORCEE
}
