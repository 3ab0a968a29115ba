package org.carnet.common.codes;

import org.carnet.common.metadata.Code;

/**
 * One member of a value set: an SVS {@code Concept}'s code and codeSystem. The codeSystem is what XDS calls
 * codingScheme; the display name is left out on purpose, since ITI TF-3 does not make it part of a code's
 * identity.
 */
record Concept(String code, String codeSystem) {

    static Concept of(Code code) {
        return new Concept(code.code(), code.codingScheme());
    }
}
