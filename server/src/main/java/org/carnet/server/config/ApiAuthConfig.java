package org.carnet.server.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How callers of the HTTP API ({@code /api/*}) authenticate: JWTs signed by a patient identity provider and by a
 * professional identity provider, each trusted by its issuer and public key. Requests without a token act as
 * {@code security.anonymousActor} when it is set, and are refused otherwise (see {@link SecurityConfig}).
 *
 * @param patientTokens      the patient identity provider; empty: patients cannot authenticate
 * @param professionalTokens the professional identity provider; empty: professionals cannot authenticate
 * @param audience           the {@code aud} every token must name; empty only when no issuer is set
 */
public record ApiAuthConfig(Optional<TokenIssuer> patientTokens, Optional<TokenIssuer> professionalTokens,
                            String audience) {

    /** An identity provider: the {@code iss} its tokens carry and the file of its public key(s). */
    public record TokenIssuer(String issuer, Path key) {
        public TokenIssuer {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(key, "key");
        }
    }

    public ApiAuthConfig {
        Objects.requireNonNull(patientTokens, "patientTokens");
        Objects.requireNonNull(professionalTokens, "professionalTokens");
        Objects.requireNonNull(audience, "audience");
    }
}
