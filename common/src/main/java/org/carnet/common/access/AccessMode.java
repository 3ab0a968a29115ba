package org.carnet.common.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DMP access mode, carried by the VIHF attribute {@code urn:oasis:names:tc:xspa:1.0:subject:purposeofuse}
 * as a {@code PurposeOfUse} code in code system {@value #CODE_SYSTEM} (dmp-reference 2 and 3).
 */
public enum AccessMode {
    /** Ordinary access by an authorised professional. */
    NORMAL("normal"),
    /** Emergency access ("bris de glace", with a typed reason) to a dossier the professional is not authorised on. */
    BRIS_DE_GLACE("bris_de_glace"),
    /** Access by an emergency regulation centre (SAMU, "centre 15"). */
    CENTRE_15("centre_15");

    /** The code system of the VIHF access modes ("mode acces VIHF 2.0"). */
    public static final String CODE_SYSTEM = "1.2.250.1.213.1.1.4.248";

    private final String code;

    AccessMode(String code) {
        this.code = code;
    }

    /** The code as it is written in the assertion. */
    public String code() {
        return code;
    }

    public boolean isEmergency() {
        return this != NORMAL;
    }

    public static Optional<AccessMode> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
