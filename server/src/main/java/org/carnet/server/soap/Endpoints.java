package org.carnet.server.soap;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.ws.addressing.WSAddressingFeature;

/**
 * Publishes the XDS SOAP ports on the node's bus: SOAP 1.2 per the WSDL (SOAP 1.1 envelopes are accepted and
 * answered in kind), WS-Addressing on with the action checked against the operation. MTOM requests are accepted
 * on every port; answers are MTOM where the port says so (the repository: ITI-43 documents travel as attachments,
 * ITI TF-2 3.43.4.2) and plain SOAP elsewhere, which every registry client reads.
 */
public final class Endpoints {
    private Endpoints() {
    }

    public static EndpointImpl publish(Bus bus, String address, Object implementor, boolean mtomAnswers,
                                       CallerInterceptor callers) {
        EndpointImpl endpoint = new EndpointImpl(bus, implementor);
        endpoint.setFeatures(List.of(new WSAddressingFeature()));
        endpoint.getProperties().put("mtom-enabled", mtomAnswers);
        endpoint.getInInterceptors().add(callers);
        endpoint.getInInterceptors().add(new ActionDispatchInterceptor());
        endpoint.getInInterceptors().add(new ActionCheckInterceptor());
        endpoint.publish(address);
        return endpoint;
    }
}
