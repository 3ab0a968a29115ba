package org.carnet.common.error;

import java.util.Objects;

/**
 * One {@code RegistryError}: a code, a context a person can act on, the offending object's id (may be null)
 * and whether it is an error or a warning.
 */
public record XdsError(ErrorCode code, String codeContext, String location, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public XdsError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeContext, "codeContext");
        Objects.requireNonNull(severity, "severity");
    }

    public static XdsError error(ErrorCode code, String codeContext, String location) {
        return new XdsError(code, codeContext, location, Severity.ERROR);
    }

    public static XdsError warning(ErrorCode code, String codeContext, String location) {
        return new XdsError(code, codeContext, location, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
