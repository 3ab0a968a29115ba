package org.carnet.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.common.security.VihfSamples.RESOURCE_ID;
import static org.carnet.common.security.VihfSamples.fixture;
import static org.carnet.common.security.VihfSamples.signed;
import static org.carnet.common.security.WsNamespaces.SAML2;
import static org.carnet.common.security.WsNamespaces.WSSE;

import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.carnet.common.security.VihfException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The VIHF checks of issue 5 "Who is calling" (dmp-reference §2): signature by a trusted issuer, validity
 * window with clock skew, Ressource_URN, required attributes, and the signature-wrapping defence. Each test
 * changes one thing in a validly signed test assertion, valid 09:00–09:10 on 2026-03-02; the clock is
 * fixed at 09:05 and the allowed skew is 3 minutes.
 */
class VihfVerifierTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:05:00Z");
    private static final Duration SKEW = Duration.ofMinutes(3);

    private static TestPki.Issued signer;
    private static TestPki.Issued ca;
    private static TestPki.Issued caIssued;
    private static TestPki.Issued stranger;
    private static TestPki.Issued expiredSigner;

    @BeforeAll
    static void issueCertificates() {
        signer = TestPki.selfSigned("CN=Carnet test VIHF signer,O=Carnet test,C=FR", NOW);
        ca = TestPki.ca("CN=Carnet test CA,O=Carnet test,C=FR", NOW);
        caIssued = TestPki.issuedBy(ca, "CN=Carnet test structure,O=Carnet test,C=FR", NOW);
        stranger = TestPki.selfSigned("CN=Someone else,O=Elsewhere,C=FR", NOW);
        expiredSigner = TestPki.selfSigned("CN=Carnet test VIHF signer,O=Carnet test,C=FR",
                NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void validSignedAssertionVerifiesAndEveryAttributeIsRead() {
        Vihf vihf = verifier().verify(signed(fixture(), signer).getDocumentElement());

        assertThat(vihf.signed()).isTrue();
        assertThat(vihf.signerSubject()).isEqualTo("CN=Carnet test VIHF signer,O=Carnet test,C=FR");
        VihfSamples.assertFixtureAttributes(vihf);
    }

    /** The DMP case: a card or structure certificate issued by a CA the node trusts (PKIX path). */
    @Test
    void signerIssuedByATrustedCaIsTrusted() {
        Vihf vihf = verifier(TestPki.trustStore(ca.certificate()))
                .verify(signed(fixture(), caIssued).getDocumentElement());

        assertThat(vihf.signerSubject()).isEqualTo("CN=Carnet test structure,O=Carnet test,C=FR");
    }

    @Test
    void signedAssertionVerifiesInsideItsSoapEnvelope() {
        Document envelope = VihfSamples.resource("security/soap12-with-vihf.xml");
        Element security = (Element) envelope.getElementsByTagNameNS(WSSE, "Security").item(0);
        security.replaceChild(envelope.importNode(signed(fixture(), signer).getDocumentElement(), true),
                security.getElementsByTagNameNS(SAML2, "Assertion").item(0));
        Document received = VihfSamples.reparsed(envelope);

        Vihf vihf = verifier().verify(VihfVerifier.findAssertion(received));

        assertThat(vihf.signed()).isTrue();
        assertThat(vihf.nameId()).isEqualTo("899900012345");
    }

    @Test
    void changingTheResourceIdAfterSigningIsTampering() {
        Document doc = signed(fixture(), signer);
        VihfSamples.setValue(doc, RESOURCE_ID, "180017512345678^^^&1.2.250.1.213.1.4.10&ISO^NH");

        expectFailure(verifier(), doc, Reason.TAMPERED);
    }

    @Test
    void changingTheSignatureValueIsTampering() {
        Document doc = signed(fixture(), signer);
        Element value = (Element) doc.getElementsByTagNameNS(WsNamespaces.DSIG, "SignatureValue").item(0);
        String text = value.getTextContent().trim();
        value.setTextContent((text.charAt(0) == 'A' ? "B" : "A") + text.substring(1));

        expectFailure(verifier(), doc, Reason.TAMPERED);
    }

    @Test
    void expiredAssertionIsRefused() {
        expectFailure(verifierAt(Instant.parse("2026-03-02T09:13:00Z")), signed(fixture(), signer), Reason.EXPIRED);
    }

    @Test
    void notYetValidAssertionIsRefused() {
        expectFailure(verifierAt(Instant.parse("2026-03-02T08:56:59Z")), signed(fixture(), signer),
                Reason.NOT_YET_VALID);
    }

    /** saml-core §2.5.1.2 bounds, each widened by the 3-minute skew: 08:57 ≤ now &lt; 09:13. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T08:57:00Z", "2026-03-02T09:00:00Z", "2026-03-02T09:12:59Z"})
    void withinTheClockSkewIsAccepted(String now) {
        Vihf vihf = verifierAt(Instant.parse(now)).verify(signed(fixture(), signer).getDocumentElement());

        assertThat(vihf.signed()).isTrue();
    }

    @Test
    void unsignedAssertionIsRefusedWhenSignaturesAreRequired() {
        expectFailure(verifier(), fixture(), Reason.UNSIGNED);
    }

    @Test
    void unsignedAssertionIsAcceptedWhenSignaturesAreNotRequired() {
        Vihf vihf = builder(TestPki.trustStore(signer.certificate())).signatureRequired(false).build()
                .verify(fixture().getDocumentElement());

        assertThat(vihf.signed()).isFalse();
        assertThat(vihf.signerSubject()).isNull();
        assertThat(vihf.nameId()).isEqualTo("899900012345");
    }

    /** Not requiring a signature does not mean accepting a bad one. */
    @Test
    void aSignatureIsStillCheckedWhenNotRequired() {
        Document doc = signed(fixture(), signer);
        VihfSamples.setValue(doc, RESOURCE_ID, "180017512345678^^^&1.2.250.1.213.1.4.10&ISO^NH");

        expectFailure(builder(TestPki.trustStore(signer.certificate())).signatureRequired(false).build(), doc,
                Reason.TAMPERED);
    }

    @Test
    void signerNotInTheTrustStoreIsUntrusted() {
        expectFailure(verifier(), signed(fixture(), stranger), Reason.UNTRUSTED);
    }

    @Test
    void signerWhoseCertificateExpiredIsUntrusted() {
        expectFailure(verifier(TestPki.trustStore(expiredSigner.certificate())), signed(fixture(), expiredSigner),
                Reason.UNTRUSTED);
    }

    /** A CA's certificate in KeyInfo does not make it trusted: only the trust store does. */
    @Test
    void aChainEndingInAnUntrustedCaIsUntrusted() {
        expectFailure(verifier(TestPki.trustStore(stranger.certificate())),
                signed(fixture(), caIssued, ca.certificate()), Reason.UNTRUSTED);
    }

    /**
     * XSW: the signed assertion is moved out of the way into another header, and an evil assertion with the
     * same ID, the original's signature and another patient sits where the reader looks.
     */
    @Test
    void evilAssertionWithTheSignedOnesIdIsWrapping() {
        Document envelope = VihfSamples.resource("security/soap12-with-vihf.xml");
        Element security = (Element) envelope.getElementsByTagNameNS(WSSE, "Security").item(0);
        Element original = (Element) envelope.importNode(signed(fixture(), signer).getDocumentElement(), true);
        Element evil = (Element) original.cloneNode(true);
        VihfSamples.valueOf(evil, RESOURCE_ID).setTextContent("180017512345678^^^&1.2.250.1.213.1.4.10&ISO^NH");
        security.replaceChild(evil, security.getElementsByTagNameNS(SAML2, "Assertion").item(0));
        Element hiding = envelope.createElementNS("urn:example:wrapper", "w:Wrapper");
        hiding.appendChild(original);
        security.getParentNode().appendChild(hiding);
        Document received = VihfSamples.reparsed(envelope);

        expectFailure(verifier(), VihfVerifier.findAssertion(received), Reason.WRAPPED);
    }

    /** XSW: the same with the evil assertion unsigned and the signed one tucked inside it. */
    @Test
    void signedAssertionNestedInAnUnsignedOneWithTheSameIdIsWrapping() {
        Document doc = fixture();
        Element evil = doc.getDocumentElement();
        Element original = (Element) doc.importNode(signed(fixture(), signer).getDocumentElement(), true);
        Element advice = doc.createElementNS(SAML2, "saml2:Advice");
        advice.appendChild(original);
        evil.insertBefore(advice, evil.getElementsByTagNameNS(SAML2, "AttributeStatement").item(0));

        expectFailure(builder(TestPki.trustStore(signer.certificate())).signatureRequired(false).build(),
                VihfSamples.reparsed(doc), Reason.WRAPPED);
    }

    /** XSW: the evil assertion has its own ID and carries a signature whose Reference is another element. */
    @Test
    void signatureReferringToAnotherElementIsWrapping() {
        Document doc = signed(fixture(), signer);
        doc.getDocumentElement().setAttributeNS(null, "ID", "_evil");

        expectFailure(verifier(), doc, Reason.WRAPPED);
    }

    @Test
    void secondAssertionInTheSecurityHeaderIsWrapping() {
        Document envelope = VihfSamples.resource("security/soap12-with-vihf.xml");
        Element security = (Element) envelope.getElementsByTagNameNS(WSSE, "Security").item(0);
        security.appendChild(envelope.importNode(signed(fixture(), signer).getDocumentElement(), true));

        assertThatThrownBy(() -> VihfVerifier.findAssertion(envelope))
                .isInstanceOfSatisfying(VihfException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRAPPED));
    }

    @Test
    void wrongRessourceUrnIsTheWrongAudience() {
        expectFailure(verifier(), signedWith(doc -> VihfSamples.setValue(doc, "Ressource_URN", "urn:other")),
                Reason.WRONG_AUDIENCE);
    }

    @Test
    void theExpectedRessourceUrnIsConfigurable() {
        Vihf vihf = builder(TestPki.trustStore(signer.certificate())).resourceUrn("urn:other").build()
                .verify(signedWith(doc -> VihfSamples.setValue(doc, "Ressource_URN", "urn:other")).getDocumentElement());

        assertThat(vihf.resourceUrn()).isEqualTo("urn:other");
    }

    @Test
    void missingResourceIdIsRefused() {
        expectFailure(verifier(), signedWith(doc -> VihfSamples.remove(doc, RESOURCE_ID)), Reason.MISSING);
    }

    /** The real DMP sample's signer is a test structure certificate we do not trust: that is expected. */
    @Test
    void realSignedDmpSampleIsUntrustedWithAnEmptyTrustStore() {
        Document sample = VihfParserTest.sample("VIHF_INDIRECTE_RENFORCEE_signed.xml");

        expectFailure(verifier(TestPki.trustStore()), sample, Reason.UNTRUSTED);
    }

    @Test
    void realSignedDmpSampleIsUntrustedByAnUnrelatedCa() {
        Document sample = VihfParserTest.sample("VIHF_INDIRECTE_RENFORCEE_signed.xml");

        expectFailure(verifier(TestPki.trustStore(ca.certificate())), sample, Reason.UNTRUSTED);
    }

    @Test
    void realUnsignedDmpSampleIsRefusedWhenSignaturesAreRequired() {
        Document sample = VihfParserTest.sample("VIHF_DIRECTE_unsigned.xml");

        expectFailure(verifier(), sample, Reason.UNSIGNED);
    }

    private static Document signedWith(Consumer<Document> change) {
        Document doc = fixture();
        change.accept(doc);
        return signed(doc, signer);
    }

    private static VihfVerifier verifier() {
        return verifier(TestPki.trustStore(signer.certificate()));
    }

    private static VihfVerifier verifier(KeyStore trustStore) {
        return builder(trustStore).build();
    }

    private static VihfVerifier verifierAt(Instant now) {
        return builder(TestPki.trustStore(signer.certificate())).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private static VihfVerifier.Builder builder(KeyStore trustStore) {
        return VihfVerifier.builder(trustStore).clockSkew(SKEW).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static void expectFailure(VihfVerifier verifier, Document doc, Reason reason) {
        expectFailure(verifier, doc.getDocumentElement(), reason);
    }

    private static void expectFailure(VihfVerifier verifier, Element assertion, Reason reason) {
        assertThatThrownBy(() -> verifier.verify(assertion))
                .isInstanceOfSatisfying(VihfException.class, e -> assertThat(e.reason())
                        .as("reason of: %s", e.getMessage()).isEqualTo(reason));
    }
}
