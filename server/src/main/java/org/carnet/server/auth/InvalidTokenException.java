package org.carnet.server.auth;

/**
 * A bearer token that does not authenticate its caller: the message says why (signature, expiry, issuer, audience,
 * claims) and goes to the client as is, so it never quotes the token nor names a patient.
 */
public final class InvalidTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message, null, false, false); // an answer, not a failure: no stack trace
    }
}
