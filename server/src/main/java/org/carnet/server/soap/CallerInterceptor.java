package org.carnet.server.soap;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.carnet.common.access.Caller;
import org.carnet.common.access.Callers;

/**
 * Establishes who is calling before any endpoint runs, and stores it in the message for
 * {@link Callers#of}. Requests are not authenticated yet, so every caller is the system actor
 * {@value #UNAUTHENTICATED}, with its network address; verifying the VIHF assertion replaces this.
 */
public final class CallerInterceptor extends AbstractPhaseInterceptor<Message> {
    static final String UNAUTHENTICATED = "unauthenticated";

    public CallerInterceptor() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String address = request == null ? null : request.getRemoteAddr();
        message.put(Callers.PROPERTY, Caller.system(UNAUTHENTICATED, address));
    }
}
