package org.carnet.common.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one request so that all of them are reported together, not only the first
 * (ITI TF-3 4.2.4: a RegistryErrorList may carry many errors).
 */
public final class ErrorList {
    private final List<XdsError> errors = new ArrayList<>();

    public ErrorList add(ErrorCode code, String codeContext, String location) {
        errors.add(XdsError.error(code, codeContext, location));
        return this;
    }

    public ErrorList add(XdsError error) {
        errors.add(error);
        return this;
    }

    public ErrorList addAll(List<XdsError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean hasErrors() {
        return errors.stream().anyMatch(XdsError::isError);
    }

    public List<XdsError> all() {
        return List.copyOf(errors);
    }

    /** Throws an {@link XdsException} with every error collected so far, if any is of Error severity. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new XdsException(errors);
        }
    }
}
