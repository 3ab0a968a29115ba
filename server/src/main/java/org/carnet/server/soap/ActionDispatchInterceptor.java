package org.carnet.server.soap;

import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.binding.soap.interceptor.SoapActionInInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.addressing.AddressingProperties;
import org.apache.cxf.ws.addressing.ContextUtils;

/**
 * Chooses the operation by the WS-Addressing Action before the body is read. ITI-42 and ITI-57 both send an
 * {@code lcm:SubmitObjectsRequest}; only the action (ITI TF-2 3.42.4.1.2 / 3.57.4.1.2) says which transaction
 * it is. A request whose action names no operation goes on to {@link ActionCheckInterceptor}, which refuses it.
 */
public final class ActionDispatchInterceptor extends AbstractSoapInterceptor {

    public ActionDispatchInterceptor() {
        super(Phase.PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        AddressingProperties maps = ContextUtils.retrieveMAPs(message, false, false, false);
        if (maps != null && maps.getAction() != null && maps.getAction().getValue() != null) {
            SoapActionInInterceptor.getAndSetOperation(message, maps.getAction().getValue(), false);
        }
    }
}
