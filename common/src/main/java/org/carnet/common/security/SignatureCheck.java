package org.carnet.common.security;

import static org.carnet.common.security.VihfException.Reason.MALFORMED;
import static org.carnet.common.security.VihfException.Reason.TAMPERED;
import static org.carnet.common.security.VihfException.Reason.UNTRUSTED;
import static org.carnet.common.security.VihfException.Reason.WRAPPED;
import static org.carnet.common.security.WsNamespaces.DSIG;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.signature.XMLSignatureNodeInput;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverException;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;
import org.w3c.dom.Element;

/**
 * Verifies the enveloped XML signature of a VIHF assertion with Santuario (dmp-reference §2: XML-DSig,
 * exclusive c14n), so that the signed element <em>is</em> the assertion the attributes are read from:
 * <ul>
 *   <li>the {@code ds:Signature} is the only one among the assertion's direct children;</li>
 *   <li>its SignedInfo holds one Reference, whose URI is {@code #} + the assertion's own {@code ID}, and
 *       that reference is resolved to the assertion element itself, never looked up in the document;</li>
 *   <li>the only transforms are enveloped-signature and canonicalisation, so nothing can cut the signed
 *       content down to less than the whole assertion (no XPath, no XSLT);</li>
 *   <li>the signing certificate, the first {@code X509Certificate} in KeyInfo, is trusted
 *       ({@link IssuerTrust}) before its key is used;</li>
 *   <li>Santuario runs with secure validation on, and only RSA or ECDSA signature methods are accepted
 *       (RSA-SHA1 stays accepted: the DMP's own samples use it).</li>
 * </ul>
 */
final class SignatureCheck {
    static {
        Init.init();
    }

    private static final Set<String> CANONICALIZATIONS = Set.of(
            Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N_EXCL_WITH_COMMENTS,
            Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS,
            Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N11_WITH_COMMENTS);
    private static final Set<String> TRANSFORMS = Stream.concat(CANONICALIZATIONS.stream(),
            Stream.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> SIGNATURE_METHODS = Set.of(
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1, XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA384, XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA512,
            XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256, XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA384,
            XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA512);

    private final IssuerTrust trust;

    SignatureCheck(IssuerTrust trust) {
        this.trust = trust;
    }

    /**
     * @return the trusted certificate that signed the assertion, or empty when the assertion is not signed
     * @throws VihfException {@code WRAPPED}, {@code MALFORMED}, {@code UNTRUSTED} or {@code TAMPERED}
     */
    Optional<X509Certificate> verify(Element assertion, Instant at) {
        List<Element> signatures = Dom.children(assertion, DSIG, "Signature");
        if (signatures.isEmpty()) {
            return Optional.empty();
        }
        if (signatures.size() > 1) {
            throw new VihfException(WRAPPED, "the assertion carries more than one ds:Signature");
        }
        Element signature = signatures.get(0);
        String id = Dom.attribute(assertion, "ID");
        if (id == null) {
            throw new VihfException(MALFORMED, "a signed assertion needs an ID for its signature to refer to");
        }
        assertion.setIdAttributeNS(null, "ID", true);
        checkSignedInfo(signature, id);
        List<X509Certificate> certificates = certificates(signature);
        X509Certificate signer = certificates.get(0);
        trust.check(signer, certificates.subList(1, certificates.size()), at);
        checkValue(assertion, signature, id, signer);
        return Optional.of(signer);
    }

    /** One Reference, to this assertion, through enveloped-signature and c14n transforms only. */
    private static void checkSignedInfo(Element signature, String id) {
        Element signedInfo = Dom.child(signature, DSIG, "SignedInfo")
                .orElseThrow(() -> new VihfException(MALFORMED, "the ds:Signature has no SignedInfo"));
        String c14n = Dom.child(signedInfo, DSIG, "CanonicalizationMethod").map(e -> e.getAttributeNS(null, "Algorithm")).orElse("");
        if (!CANONICALIZATIONS.contains(c14n)) {
            throw new VihfException(MALFORMED, "canonicalization method '" + c14n + "' is not accepted");
        }
        String method = Dom.child(signedInfo, DSIG, "SignatureMethod").map(e -> e.getAttributeNS(null, "Algorithm")).orElse("");
        if (!SIGNATURE_METHODS.contains(method)) {
            throw new VihfException(MALFORMED, "signature method '" + method + "' is not accepted");
        }
        List<Element> references = Dom.children(signedInfo, DSIG, "Reference");
        if (references.size() != 1) {
            throw new VihfException(WRAPPED, "the signature must have exactly one Reference, it has " + references.size());
        }
        Element reference = references.get(0);
        if (!reference.hasAttributeNS(null, "URI") || !("#" + id).equals(reference.getAttributeNS(null, "URI"))) {
            throw new VihfException(WRAPPED, "the signature's Reference does not point to the assertion's own ID");
        }
        for (Element transforms : Dom.children(reference, DSIG, "Transforms")) {
            for (Element transform : Dom.children(transforms, DSIG, "Transform")) {
                String algorithm = transform.getAttributeNS(null, "Algorithm");
                if (!TRANSFORMS.contains(algorithm)) {
                    throw new VihfException(WRAPPED, "transform '" + algorithm
                            + "' could make the signature cover less than the whole assertion");
                }
            }
        }
    }

    /** The KeyInfo's X509Certificate values, the signer first. */
    private static List<X509Certificate> certificates(Element signature) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Element keyInfo : Dom.children(signature, DSIG, "KeyInfo")) {
                for (Element data : Dom.children(keyInfo, DSIG, "X509Data")) {
                    for (Element value : Dom.children(data, DSIG, "X509Certificate")) {
                        byte[] der = Base64.getMimeDecoder().decode(value.getTextContent().trim());
                        certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
                    }
                }
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new VihfException(MALFORMED, "a KeyInfo X509Certificate cannot be read: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new VihfException(UNTRUSTED, "the signature's KeyInfo has no X509Certificate: its signer is unknown");
        }
        return certificates;
    }

    private static void checkValue(Element assertion, Element signatureElement, String id, X509Certificate signer) {
        XMLSignature signature;
        try {
            signature = new XMLSignature(signatureElement, "", true);
        } catch (XMLSecurityException e) {
            throw new VihfException(MALFORMED, "the ds:Signature cannot be read: " + e.getMessage(), e);
        }
        signature.addResourceResolver(new ThisAssertion(assertion, id));
        boolean valid;
        try {
            valid = signature.checkSignatureValue(signer);
        } catch (XMLSecurityException e) {
            throw new VihfException(TAMPERED, "the signature cannot be verified: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new VihfException(TAMPERED, "the signature does not match the assertion: it was changed after signing");
        }
    }

    /** Resolves {@code #ID} to the assertion element it was given, and nothing else: no document lookup. */
    private static final class ThisAssertion extends ResourceResolverSpi {
        private final Element assertion;
        private final String uri;

        ThisAssertion(Element assertion, String id) {
            this.assertion = assertion;
            this.uri = "#" + id;
        }

        @Override
        public boolean engineCanResolveURI(ResourceResolverContext context) {
            return uri.equals(context.uriToResolve);
        }

        @Override
        public XMLSignatureInput engineResolveURI(ResourceResolverContext context) throws ResourceResolverException {
            if (!engineCanResolveURI(context)) {
                throw new ResourceResolverException("signature.Verification.MissingID",
                        new Object[] {context.uriToResolve}, context.uriToResolve, context.baseUri);
            }
            XMLSignatureInput input = new XMLSignatureNodeInput(assertion);
            input.setSecureValidation(context.secureValidation);
            input.setExcludeComments(true);
            input.setMIMEType("text/xml");
            input.setSourceURI(context.uriToResolve);
            return input;
        }
    }
}
