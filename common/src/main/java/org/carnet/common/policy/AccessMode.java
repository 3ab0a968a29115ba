package org.carnet.common.policy;

/**
 * The VIHF purpose of use, code system {@code 1.2.250.1.213.1.1.4.248} (dmp-reference 2). Only a
 * professional's access mode is read; the patient side and systems are not subject to it.
 */
public enum AccessMode {
    NORMAL("normal"),
    /** Emergency access by a professional (with a typed reason), dmp-reference 3. */
    BRIS_DE_GLACE("bris_de_glace"),
    /** Access by an emergency regulation centre, dmp-reference 3. */
    CENTRE_15("centre_15");

    private final String code;

    AccessMode(String code) {
        this.code = code;
    }

    /** The VIHF code. */
    public String code() {
        return code;
    }

    public boolean isEmergency() {
        return this != NORMAL;
    }

    /** Has the patient opposed access in this mode (TD1.3 oppositions)? Never for {@link #NORMAL}. */
    public boolean opposedIn(DossierFacts dossier) {
        return switch (this) {
            case NORMAL -> false;
            case BRIS_DE_GLACE -> dossier.opposesBrisDeGlace();
            case CENTRE_15 -> dossier.opposesCentre15();
        };
    }

    /** The mode for a VIHF purpose-of-use code. */
    public static AccessMode ofCode(String code) {
        for (AccessMode m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown DMP access mode: " + code);
    }
}
