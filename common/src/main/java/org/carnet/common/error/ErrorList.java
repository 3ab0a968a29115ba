package org.carnet.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects every problem of one request so that all of them are reported together, not only the first
 * (ITI TF-3 4.2.4: a RegistryErrorList may carry many errors).
 */
public final class ErrorList {
    private final List<XdsError> errors = new ArrayList<>();
    private final ErrorCode metadataError;

    /** A list for the registry: metadata problems are XDSRegistryMetadataError. */
    public ErrorList() {
        this(ErrorCode.REGISTRY_METADATA_ERROR);
    }

    /**
     * A list for the actor whose metadata error code is given: the repository reports the problems it finds in
     * ITI-41 metadata as XDSRepositoryMetadataError, the registry as XDSRegistryMetadataError (STYLE 6).
     */
    public ErrorList(ErrorCode metadataError) {
        this.metadataError = metadataError;
    }

    /** Adds a metadata problem under the actor's metadata error code. */
    public ErrorList metadata(String codeContext, String location) {
        return add(metadataError, codeContext, location);
    }

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

    /**
     * Whether an error about this attribute of this object was already reported (a malformed value read as
     * absent must not be reported a second time as missing).
     */
    public boolean mentions(String location, String attribute) {
        return errors.stream().anyMatch(e -> Objects.equals(e.location(), location)
                && e.codeContext().startsWith(attribute + " "));
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
