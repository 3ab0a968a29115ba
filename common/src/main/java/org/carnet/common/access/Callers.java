package org.carnet.common.access;

import jakarta.xml.ws.WebServiceContext;

/**
 * Reads the {@link Caller} that the node's security interceptor established for the current SOAP request. A
 * request that reaches an endpoint without one is a wiring error, not an anonymous call.
 */
public final class Callers {
    /** The message property under which the interceptor stores the caller. */
    public static final String PROPERTY = Caller.class.getName();

    private Callers() {
    }

    public static Caller of(WebServiceContext context) {
        Object caller = context.getMessageContext().get(PROPERTY);
        if (caller instanceof Caller c) {
            return c;
        }
        throw new IllegalStateException("no caller was established for this request");
    }
}
