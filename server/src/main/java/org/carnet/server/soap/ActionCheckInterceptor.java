package org.carnet.server.soap;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.service.model.MessageInfo;
import org.apache.cxf.ws.addressing.AddressingProperties;
import org.apache.cxf.ws.addressing.ContextUtils;

/**
 * Every XDS request names its transaction in the WS-Addressing Action header (IHE ITI TF-2 Appendix V), and
 * the node answers only when that action is the one of the operation the body selected: a missing or wrong
 * action is a {@code wsa:ActionNotSupported} fault (WS-Addressing 1.0 SOAP Binding 6.4.1), not a guess.
 */
public final class ActionCheckInterceptor extends AbstractSoapInterceptor {
    private static final QName WSAM_ACTION = new QName("http://www.w3.org/2007/05/addressing/metadata", "Action");
    private static final QName WSAW_ACTION = new QName("http://www.w3.org/2006/05/addressing/wsdl", "Action");
    private static final QName ACTION_NOT_SUPPORTED =
            new QName("http://www.w3.org/2005/08/addressing", "ActionNotSupported");

    public ActionCheckInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        BindingOperationInfo operation = message.getExchange().getBindingOperationInfo();
        if (operation == null) {
            return; // no operation selected: CXF has already answered with a fault
        }
        String expected = expectedAction(operation.getOperationInfo().getInput());
        AddressingProperties maps = ContextUtils.retrieveMAPs(message, false, false, false);
        String actual = maps == null || maps.getAction() == null ? null : maps.getAction().getValue();
        if (expected != null && !expected.equals(actual)) {
            SoapFault fault = new SoapFault(actual == null
                    ? "the WS-Addressing Action header is required; this request needs " + expected
                    : "WS-Addressing Action " + actual + " does not match the request body, which needs " + expected,
                    message.getVersion().getSender());
            fault.addSubCode(ACTION_NOT_SUPPORTED);
            throw fault;
        }
    }

    private static String expectedAction(MessageInfo input) {
        Object action = input.getExtensionAttribute(WSAM_ACTION);
        if (action == null) {
            action = input.getExtensionAttribute(WSAW_ACTION);
        }
        return action == null ? null : action instanceof QName q ? q.getLocalPart() : action.toString();
    }
}
