package org.carnet.server.soap;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.xml.namespace.QName;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.cxf.binding.soap.Soap12;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.ws.addressing.AddressingProperties;
import org.apache.cxf.ws.addressing.ContextUtils;
import org.carnet.common.access.Caller;
import org.carnet.common.access.Callers;
import org.carnet.common.security.VihfCaller;
import org.carnet.common.security.VihfException;
import org.carnet.common.security.VihfVerifier;
import org.carnet.common.security.WsNamespaces;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.TransactionListener;
import org.carnet.server.http.AnonymousAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Establishes who is calling before any endpoint runs, and stores it in the message for {@link Callers#of}
 * (issue 5, dmp-reference 2). A request with a {@code wsse:Security} header must carry a VIHF assertion that the
 * {@link VihfVerifier} accepts; its professional is the caller. A request without one is refused, unless the node
 * names an anonymous system actor ({@code security.anonymousActor}) that such requests act as. A refusal is a SOAP
 * fault with the WS-Security fault code and the reason, and is told to the audit trail as a failed transaction.
 */
public final class CallerInterceptor extends AbstractSoapInterceptor {
    private static final Logger log = LoggerFactory.getLogger(CallerInterceptor.class);
    private static final QName SECURITY = new QName(WsNamespaces.WSSE, "Security");
    /** The actor of a refused request in the audit trail: nobody was authenticated. */
    static final String UNAUTHENTICATED = "unauthenticated";

    private final VihfVerifier verifier;
    private final AnonymousAccess anonymous;
    private final TransactionListener listener;
    private final Clock clock;

    public CallerInterceptor(VihfVerifier verifier, AnonymousAccess anonymous, TransactionListener listener,
                             Clock clock) {
        super(Phase.PROTOCOL);
        this.verifier = verifier;
        this.anonymous = anonymous;
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String address = request == null ? null : request.getRemoteAddr();
        Header security = message.getHeader(SECURITY);
        try {
            Optional<String> anonymousActor = anonymous.anonymousActor(request);
            if (security == null && anonymousActor.isPresent()) {
                message.put(Callers.PROPERTY, Caller.system(anonymousActor.get(), address));
                return;
            }
            if (security == null || !(security.getObject() instanceof Element header)) {
                throw new VihfException(VihfException.Reason.MISSING, "the request has no wsse:Security header with"
                        + " a VIHF assertion" + (anonymous.anonymousActorConfigured()
                        ? ", and no client certificate to act without one" : " and this node requires one"));
            }
            Element assertion = VihfVerifier.findAssertion(header.getOwnerDocument());
            message.put(Callers.PROPERTY, VihfCaller.of(verifier.verify(assertion), address));
        } catch (VihfException e) {
            refused(message, address, e);
            throw fault(message, e);
        }
    }

    private void refused(SoapMessage message, String address, VihfException e) {
        log.warn("Request refused: VIHF {}", e.reason());
        Transaction transaction = action(message).flatMap(Transaction::ofAction).orElse(null);
        if (transaction == null) {
            return; // not an IHE transaction: the action check answers it
        }
        Instant now = clock.instant();
        listener.onTransaction(new TransactionEvent(transaction, TransactionEvent.Outcome.FAILURE,
                Caller.system(UNAUTHENTICATED, address), now, now, null, null, List.of(), null,
                "AUTHENTICATION_FAILED", List.of(faultCode(e.reason()).getLocalPart()), null));
    }

    private static Optional<String> action(SoapMessage message) {
        AddressingProperties maps = ContextUtils.retrieveMAPs(message, false, false, false);
        if (maps == null || maps.getAction() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(maps.getAction().getValue());
    }

    /** WS-Security 1.1 section 12: the code itself in SOAP 1.1, a subcode of Sender in SOAP 1.2. */
    private static SoapFault fault(SoapMessage message, VihfException e) {
        String text = "VIHF " + e.reason() + ": " + e.getMessage();
        if (message.getVersion() instanceof Soap12) {
            SoapFault fault = new SoapFault(text, Soap12.getInstance().getSender());
            fault.addSubCode(faultCode(e.reason()));
            return fault;
        }
        return new SoapFault(text, faultCode(e.reason()));
    }

    /** The WS-Security 1.1 fault code (section 12) for each reason a VIHF is refused. */
    static QName faultCode(VihfException.Reason reason) {
        String local = switch (reason) {
            case MISSING -> "InvalidSecurity";
            case MALFORMED, EXPIRED, NOT_YET_VALID, WRONG_AUDIENCE -> "InvalidSecurityToken";
            case UNSIGNED, UNTRUSTED -> "FailedAuthentication";
            case TAMPERED, WRAPPED -> "FailedCheck";
        };
        return new QName(WsNamespaces.WSSE, local, "wsse");
    }
}
