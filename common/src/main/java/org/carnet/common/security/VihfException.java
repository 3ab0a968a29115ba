package org.carnet.common.security;

import java.util.Objects;

/**
 * A VIHF assertion the node refuses, with the reason a SOAP fault reports. Messages name the rule and the
 * attribute at fault, never the patient identifier or other assertion contents.
 */
public class VihfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the assertion was refused; each constant names the check that failed. */
    public enum Reason {
        /** No assertion in the WS-Security header, or a required VIHF attribute or SAML element is absent. */
        MISSING,
        /** The assertion or one of its attributes does not have the SAML 2.0 / VIHF shape. */
        MALFORMED,
        /** The node requires a signed VIHF and this one carries no {@code ds:Signature}. */
        UNSIGNED,
        /** The signing certificate is not in the trust store nor issued by a certificate in it. */
        UNTRUSTED,
        /** The signature value or a digest does not match: the assertion was changed after signing. */
        TAMPERED,
        /** {@code Conditions/@NotOnOrAfter} is past, beyond the allowed clock skew. */
        EXPIRED,
        /** {@code Conditions/@NotBefore} is still ahead, beyond the allowed clock skew. */
        NOT_YET_VALID,
        /** {@code Ressource_URN} is not the one this node serves ({@code urn:dmp}). */
        WRONG_AUDIENCE,
        /** The signature does not cover exactly the assertion being read (signature wrapping). */
        WRAPPED
    }

    private final Reason reason;

    public VihfException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public VihfException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "VihfException[" + reason + "]: " + getMessage();
    }
}
