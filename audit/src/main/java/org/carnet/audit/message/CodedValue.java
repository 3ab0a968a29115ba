package org.carnet.audit.message;

import java.util.Objects;

/**
 * A DICOM audit coded value ({@code csd-code}, {@code codeSystemName}, {@code originalText}): what ITI TF-2
 * writes {@code EV(code, codeSystemName, displayName)}. The schema requires all three.
 */
public record CodedValue(String code, String codeSystemName, String originalText) {

    public CodedValue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeSystemName, "codeSystemName");
        Objects.requireNonNull(originalText, "originalText");
    }
}
