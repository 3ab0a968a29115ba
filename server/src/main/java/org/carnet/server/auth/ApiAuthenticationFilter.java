package org.carnet.server.auth;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carnet.common.access.Caller;
import org.carnet.common.access.Callers;
import org.carnet.server.http.AnonymousAccess;
import org.carnet.server.http.JsonServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Establishes who calls the HTTP API before any handler runs, and stores the {@link Caller} in the request
 * attribute {@link Callers#PROPERTY}. With {@code Authorization: Bearer <JWT>} the caller is the patient or
 * professional the token names ({@link TokenAuthenticator}); an invalid token is a 401 that says why. Without a
 * token the caller is the configured anonymous system actor ({@code security.anonymousActor}), or the request is a
 * 401 when none is configured. Carnet stores no passwords.
 */
public final class ApiAuthenticationFilter implements Filter {
    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final TokenAuthenticator tokens;
    private final AnonymousAccess anonymous;

    public ApiAuthenticationFilter(TokenAuthenticator tokens, AnonymousAccess anonymous) {
        this.tokens = tokens;
        this.anonymous = anonymous;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String authorization = request.getHeader("Authorization");
        Caller caller;
        if (authorization == null) {
            Optional<String> anonymousActor = anonymous.anonymousActor(request);
            if (anonymousActor.isEmpty()) {
                refuse(response, "Bearer", "authentication required: send Authorization: Bearer <token>");
                return;
            }
            caller = Caller.system(anonymousActor.get(), request.getRemoteAddr());
        } else {
            try {
                caller = tokens.authenticate(bearerToken(authorization), request.getRemoteAddr());
            } catch (InvalidTokenException e) {
                log.warn("{} {} refused: {}", request.getMethod(), request.getServletPath(), e.getMessage());
                refuse(response, "Bearer error=\"invalid_token\"", e.getMessage());
                return;
            }
        }
        request.setAttribute(Callers.PROPERTY, caller);
        chain.doFilter(request, response);
    }

    private String bearerToken(String authorization) throws InvalidTokenException {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidTokenException("Authorization must be a Bearer token");
        }
        if (!tokens.trustsAnyIssuer()) {
            throw new InvalidTokenException("this node trusts no token issuer");
        }
        return authorization.substring(BEARER.length()).strip();
    }

    private static void refuse(HttpServletResponse response, String challenge, String message) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        JsonServlet.writeError(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }
}
