package org.carnet.common.security;

import static org.carnet.common.security.VihfException.Reason.EXPIRED;
import static org.carnet.common.security.VihfException.Reason.MALFORMED;
import static org.carnet.common.security.VihfException.Reason.MISSING;
import static org.carnet.common.security.VihfException.Reason.NOT_YET_VALID;
import static org.carnet.common.security.VihfException.Reason.UNSIGNED;
import static org.carnet.common.security.VihfException.Reason.WRAPPED;
import static org.carnet.common.security.VihfException.Reason.WRONG_AUDIENCE;
import static org.carnet.common.security.WsNamespaces.SAML2;
import static org.carnet.common.security.WsNamespaces.SOAP11;
import static org.carnet.common.security.WsNamespaces.SOAP12;
import static org.carnet.common.security.WsNamespaces.WSSE;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Decides whether the VIHF assertion of a request may be believed (dmp-reference §2, issue 5 "Who is
 * calling"). In order, each refusal naming its {@link VihfException.Reason}:
 * <ol>
 *   <li>the assertion's {@code ID} is carried by no other element of the message ({@code WRAPPED});</li>
 *   <li>a signature, if present, covers exactly this assertion and was made by a trusted certificate
 *       ({@link SignatureCheck}: {@code WRAPPED}, {@code UNTRUSTED}, {@code TAMPERED}); when the node
 *       requires signatures, an assertion without one is refused ({@code UNSIGNED});</li>
 *   <li>the assertion has the VIHF shape and its required attributes ({@link VihfParser}: {@code MISSING},
 *       {@code MALFORMED});</li>
 *   <li>{@code Conditions} NotBefore ≤ now &lt; NotOnOrAfter, each bound widened by the clock skew
 *       (saml-core-2.0 §2.5.1.2: {@code NOT_YET_VALID}, {@code EXPIRED}); an assertion without Conditions,
 *       as in the DMP samples, has no window to check;</li>
 *   <li>{@code Ressource_URN} is the service this node is ({@code urn:dmp} by default: {@code WRONG_AUDIENCE}).</li>
 * </ol>
 * Thread-safe. Refusals are logged at DEBUG with their reason and message, which never carry the patient
 * id; assertion contents are never logged. Verifying registers the assertion's {@code ID} attribute as an
 * XML ID in the caller's DOM ({@code setIdAttributeNS}), and loads Santuario ({@code Init.init()}): where
 * WSS4J is also used, call {@code WSSConfig.init()} first.
 */
public final class VihfVerifier {
    private static final Logger log = LoggerFactory.getLogger(VihfVerifier.class);

    /** The {@code Ressource_URN} of the DMP. */
    public static final String DMP_RESOURCE_URN = "urn:dmp";
    /** Clock skew allowed when no other is configured. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(3);

    private final SignatureCheck signatures;
    private final Duration clockSkew;
    private final String resourceUrn;
    private final boolean signatureRequired;
    private final Clock clock;
    private final VihfParser parser = new VihfParser();

    /**
     * @param trustStore        certificates of the trusted VIHF issuers (signers, or the CAs that issue them)
     * @param clockSkew         how far the validity window is widened at each end
     * @param resourceUrn       the expected {@code Ressource_URN}
     * @param signatureRequired whether an unsigned assertion is refused
     * @param clock             the time the validity window and certificates are checked against
     */
    public VihfVerifier(KeyStore trustStore, Duration clockSkew, String resourceUrn, boolean signatureRequired,
            Clock clock) {
        this.signatures = new SignatureCheck(new IssuerTrust(Objects.requireNonNull(trustStore, "trustStore")));
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("the clock skew cannot be negative");
        }
        this.resourceUrn = Objects.requireNonNull(resourceUrn, "resourceUrn");
        this.signatureRequired = signatureRequired;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A verifier for the DMP: {@code urn:dmp}, signature required, {@link #DEFAULT_CLOCK_SKEW}, system clock. */
    public static Builder builder(KeyStore trustStore) {
        return new Builder(trustStore);
    }

    /**
     * @return the assertion's contents, marked {@link Vihf#signed()} when a trusted signature was verified
     * @throws VihfException when the assertion is refused; its reason says which check failed
     */
    public Vihf verify(Element assertion) {
        try {
            return check(assertion);
        } catch (VihfException e) {
            log.debug("VIHF refused: {} ({})", e.reason(), e.getMessage());
            throw e;
        }
    }

    private Vihf check(Element assertion) {
        if (!Dom.is(assertion, SAML2, "Assertion")) {
            throw new VihfException(MALFORMED, "expected a saml2:Assertion element");
        }
        requireUniqueId(assertion);
        Instant now = clock.instant();
        Optional<X509Certificate> signer = signatures.verify(assertion, now);
        if (signer.isEmpty() && signatureRequired) {
            throw new VihfException(UNSIGNED, "the VIHF assertion is not signed and this node requires a signature");
        }
        Vihf vihf = parser.parse(assertion);
        if (vihf.notBefore() != null && now.plus(clockSkew).isBefore(vihf.notBefore())) {
            throw new VihfException(NOT_YET_VALID, "the VIHF assertion is not valid before " + vihf.notBefore());
        }
        if (vihf.notOnOrAfter() != null && !now.minus(clockSkew).isBefore(vihf.notOnOrAfter())) {
            throw new VihfException(EXPIRED, "the VIHF assertion expired at " + vihf.notOnOrAfter());
        }
        if (!resourceUrn.equals(vihf.resourceUrn())) {
            throw new VihfException(WRONG_AUDIENCE, "the VIHF assertion is for Ressource_URN '" + vihf.resourceUrn()
                    + "', this node is '" + resourceUrn + "'");
        }
        return signer.map(c -> vihf.withSigner(c.getSubjectX500Principal().getName())).orElse(vihf);
    }

    /**
     * Signature-wrapping defence: an element elsewhere in the message with the assertion's ID (an
     * {@code ID}, {@code Id}, {@code id}, {@code wsu:Id} or {@code xml:id} attribute) is a second candidate
     * for the signature's reference, so the message is refused whatever the signature says.
     */
    private static void requireUniqueId(Element assertion) {
        String id = Dom.attribute(assertion, "ID");
        Element root = assertion.getOwnerDocument().getDocumentElement();
        if (id == null || root == null) {
            return;
        }
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = -1; i < all.getLength(); i++) {
            Element e = i < 0 ? root : (Element) all.item(i);
            if (e != assertion && carriesId(e, id)) {
                throw new VihfException(WRAPPED, "another element of the message has the assertion's ID");
            }
        }
    }

    private static boolean carriesId(Element e, String id) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (name.equalsIgnoreCase("id") && id.equals(a.getValue().trim())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The VIHF of a SOAP 1.1 or 1.2 request: the one {@code saml2:Assertion} directly inside a
     * {@code wsse:Security} header block (WS-Security SAML Token Profile 1.1 §3.4).
     *
     * @throws VihfException {@code MISSING} without a Security header or an assertion in it, {@code WRAPPED}
     *                       when the Security header holds more than one assertion, {@code MALFORMED} when the
     *                       document is not a SOAP envelope
     */
    public static Element findAssertion(Document soapEnvelope) {
        Element envelope = soapEnvelope.getDocumentElement();
        String soap = envelope == null ? null : envelope.getNamespaceURI();
        if (soap == null || !"Envelope".equals(envelope.getLocalName()) || !(soap.equals(SOAP11) || soap.equals(SOAP12))) {
            throw new VihfException(MALFORMED, "the message is not a SOAP 1.1 or 1.2 envelope");
        }
        List<Element> headers = Dom.children(envelope, soap, "Header").stream()
                .flatMap(header -> Dom.children(header, WSSE, "Security").stream())
                .toList();
        if (headers.isEmpty()) {
            throw new VihfException(MISSING, "the SOAP header has no wsse:Security block: no VIHF assertion");
        }
        List<Element> assertions = headers.stream()
                .flatMap(security -> Dom.children(security, SAML2, "Assertion").stream())
                .toList();
        if (assertions.isEmpty()) {
            throw new VihfException(MISSING, "the wsse:Security header has no saml2:Assertion (VIHF)");
        }
        if (assertions.size() > 1) {
            throw new VihfException(WRAPPED, "the wsse:Security header holds more than one saml2:Assertion");
        }
        Element found = assertions.get(0);
        for (Element security : headers) {
            NodeList nested = security.getElementsByTagNameNS(SAML2, "Assertion");
            for (int i = 0; i < nested.getLength(); i++) {
                Node other = nested.item(i);
                if (other != found && !isInside(other, found)) {
                    throw new VihfException(WRAPPED, "the wsse:Security header hides another saml2:Assertion");
                }
            }
        }
        return found;
    }

    private static boolean isInside(Node node, Element ancestor) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Configuration with the DMP defaults; see {@link #builder(KeyStore)}. */
    public static final class Builder {
        private final KeyStore trustStore;
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private String resourceUrn = DMP_RESOURCE_URN;
        private boolean signatureRequired = true;
        private Clock clock = Clock.systemUTC();

        private Builder(KeyStore trustStore) {
            this.trustStore = trustStore;
        }

        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = clockSkew;
            return this;
        }

        public Builder resourceUrn(String resourceUrn) {
            this.resourceUrn = resourceUrn;
            return this;
        }

        public Builder signatureRequired(boolean signatureRequired) {
            this.signatureRequired = signatureRequired;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public VihfVerifier build() {
            return new VihfVerifier(trustStore, clockSkew, resourceUrn, signatureRequired, clock);
        }
    }
}
