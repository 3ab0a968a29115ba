package org.carnet.common.policy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.carnet.common.metadata.Code;

/** The confidentiality codes of value set JDV_J08 (dmp-reference 3). */
public enum Confidentiality {
    N(PolicyCodes.HL7_CONFIDENTIALITY_SYSTEM),
    R(PolicyCodes.HL7_CONFIDENTIALITY_SYSTEM),
    V(PolicyCodes.HL7_CONFIDENTIALITY_SYSTEM),
    /** Hidden from professionals other than the author and the médecin traitant. */
    MASQUE_PS(PolicyCodes.DMP_CONFIDENTIALITY_SYSTEM),
    /** Hidden from the patient, e.g. until an announcement consultation. */
    INVISIBLE_PATIENT(PolicyCodes.DMP_CONFIDENTIALITY_SYSTEM),
    /** Hidden from a minor's legal representatives. */
    INVISIBLE_REPRESENTANTS_LEGAUX(PolicyCodes.DMP_CONFIDENTIALITY_SYSTEM);

    private final String codeSystem;

    Confidentiality(String codeSystem) {
        this.codeSystem = codeSystem;
    }

    public String codeSystem() {
        return codeSystem;
    }

    /** The constant for a metadata code; empty for a code of another system or value set. */
    public static Optional<Confidentiality> of(Code code) {
        for (Confidentiality c : values()) {
            if (c.name().equals(code.code()) && c.codeSystem.equals(code.codingScheme())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The constants among a document's confidentiality codes, others ignored. */
    public static Set<Confidentiality> of(Iterable<Code> codes) {
        Set<Confidentiality> found = EnumSet.noneOf(Confidentiality.class);
        for (Code code : codes) {
            of(code).ifPresent(found::add);
        }
        return found;
    }
}
