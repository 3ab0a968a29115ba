package org.carnet.server.soap;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.ws.addressing.WSAddressingFeature;

/**
 * Publishes the XDS SOAP ports on the node's bus: SOAP 1.2 per the WSDL (SOAP 1.1 envelopes are accepted and
 * answered in kind), WS-Addressing on with the action checked against the operation, MTOM accepted on every port and used for documents in responses.
 */
public final class Endpoints {
    private Endpoints() {
    }

    public static EndpointImpl publish(Bus bus, String address, Object implementor) {
        EndpointImpl endpoint = new EndpointImpl(bus, implementor);
        endpoint.setFeatures(List.of(new WSAddressingFeature()));
        endpoint.getProperties().put("mtom-enabled", Boolean.TRUE);
        endpoint.getInInterceptors().add(new CallerInterceptor());
        endpoint.getInInterceptors().add(new ActionCheckInterceptor());
        endpoint.publish(address);
        return endpoint;
    }
}
