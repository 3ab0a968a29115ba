package org.carnet.common.metadata;

import java.util.Objects;

/** A coded value: code (classification nodeRepresentation), coding scheme and display name (may be null). */
public record Code(String code, String codingScheme, LocalizedString displayName) {

    public Code {
        Objects.requireNonNull(code, "code");
    }

    public Code(String code, String codingScheme, String displayName) {
        this(code, codingScheme, displayName == null ? null : new LocalizedString(displayName));
    }

    /** The form stored queries use: {@code code^^codingScheme}. */
    public String queryForm() {
        return code + "^^" + codingScheme;
    }
}
