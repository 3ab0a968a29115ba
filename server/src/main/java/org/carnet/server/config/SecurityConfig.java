package org.carnet.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the node lets in (issue 5): the VIHF assertion's trusted signers, clock skew and expected resource, and
 * the optional system actor that requests without an assertion act as.
 *
 * @param anonymousActor     name of the system actor for requests without an assertion; empty: refused
 * @param trustStore         certificates trusted to sign VIHF assertions; empty: none
 * @param trustStorePassword password of the trust store; never printed
 * @param matrix             the authorisation matrix file; empty: the shipped DMP defaults
 */
public record SecurityConfig(Optional<String> anonymousActor, Optional<Path> trustStore, String trustStorePassword,
                             Duration clockSkew, String resourceUrn, Optional<Path> matrix) {

    public SecurityConfig {
        Objects.requireNonNull(anonymousActor, "anonymousActor");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(resourceUrn, "resourceUrn");
        Objects.requireNonNull(matrix, "matrix");
    }

    @Override
    public String toString() {
        return "SecurityConfig[anonymousActor=" + anonymousActor.orElse("") + ", trustStore="
                + trustStore.map(Path::toString).orElse("") + ", trustStorePassword="
                + Secrets.masked(trustStorePassword) + ", clockSkew=" + clockSkew + ", resourceUrn="
                + resourceUrn + ", matrix=" + matrix.map(Path::toString).orElse("") + "]";
    }
}
