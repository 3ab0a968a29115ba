package org.carnet.server.http;

import java.security.cert.X509Certificate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may act without a VIHF or a token: the system actor of {@code security.anonymousActor}, and, when the node
 * asks clients for certificates (mutual TLS, {@code server.tls.trustStore}), only for a client that presented one
 * its trust store accepts: the integration engine of a hospital, known by its certificate (issue 5).
 */
public final class AnonymousAccess {
    /** The servlet attribute holding the client's verified certificate chain (Servlet spec 3.9). */
    static final String ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final Optional<String> anonymousActor;
    private final boolean certificateRequired;

    public AnonymousAccess(Optional<String> anonymousActor, boolean certificateRequired) {
        this.anonymousActor = anonymousActor;
        this.certificateRequired = certificateRequired;
    }

    /** The anonymous system actor this request may act as; empty when it must authenticate. */
    public Optional<String> anonymousActor(HttpServletRequest request) {
        if (certificateRequired && (request == null || !presented(request))) {
            return Optional.empty();
        }
        return anonymousActor;
    }

    /** Is there an anonymous actor at all (for the refusal's wording)? */
    public boolean anonymousActorConfigured() {
        return anonymousActor.isPresent();
    }

    private static boolean presented(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof X509Certificate[] chain && chain.length > 0;
    }
}
