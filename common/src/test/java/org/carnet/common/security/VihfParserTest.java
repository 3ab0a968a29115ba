package org.carnet.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.common.security.VihfSamples.RESOURCE_ID;
import static org.carnet.common.security.VihfSamples.dmpSample;
import static org.carnet.common.security.VihfSamples.fixture;

import java.io.StringReader;
import java.nio.file.Files;
import java.util.function.Consumer;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.metadata.Code;
import org.carnet.common.security.VihfException.Reason;
import org.carnet.common.xml.SecureXml;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Reading the VIHF attributes (dmp-reference §2), without any trust decision. */
class VihfParserTest {
    private final VihfParser parser = new VihfParser();

    @Test
    void readsEveryAttributeOfTheTestAssertion() {
        Vihf vihf = parser.parse(fixture().getDocumentElement());

        VihfSamples.assertFixtureAttributes(vihf);
        assertThat(vihf.signed()).isFalse();
        assertThat(vihf.signerSubject()).isNull();
    }

    @Test
    void connexionSecreteIsReadFromTheConfidentialityCodeAttribute() throws Exception {
        TestVihfIssuer issuer = new TestVihfIssuer();
        TestVihfIssuer.Professional doctor = new TestVihfIssuer.Professional("810000000001", "DR TEST", "10", "SM26",
                "STRUCT");
        assertThat(parser.parse(element(issuer.secretConnectionAssertion(doctor, "1^^^&1.2.250.1.213.1.4.10&ISO")))
                .secretConnection()).isTrue();
        assertThat(parser.parse(element(issuer.assertion(doctor, "1^^^&1.2.250.1.213.1.4.10&ISO",
                AccessMode.NORMAL))).secretConnection()).isFalse();
        assertThat(parser.parse(fixture().getDocumentElement()).secretConnection()).isFalse();
    }

    private static Element element(String xml) throws Exception {
        return SecureXml.documentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    @Test
    void realSignedDmpSampleParses() {
        Vihf vihf = parser.parse(sample("VIHF_INDIRECTE_RENFORCEE_signed.xml").getDocumentElement());

        assertThat(vihf.id()).isEqualTo("_232075b3-174d-4f82-a871-76afd7ac6b67");
        assertThat(vihf.issuer()).startsWith("CN=Certificat Wizard DMP 2019-R2,OU=10B0127189");
        assertThat(vihf.nameId()).isEqualTo("899900063480");
        assertThat(vihf.subjectName()).isEqualTo("MAX LIBRE");
        assertThat(vihf.structureId()).isEqualTo("10B0127189");
        assertThat(vihf.activitySector()).isEqualTo("SA07^1.2.250.1.71.4.2.4");
        assertThat(vihf.profession()).contains(new Code("10", "1.2.250.1.71.1.2.7", "Médecin"));
        assertThat(vihf.speciality()).contains(new Code("SM26", "1.2.250.1.71.4.2.5", "Qualifié en Médecine Générale (SM)"));
        assertThat(vihf.purposeOfUse()).isEqualTo(AccessMode.NORMAL);
        assertThat(vihf.patientId().key()).isEqualTo("207058575627097^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(vihf.resourceUrn()).isEqualTo("urn:dmp");
        assertThat(vihf.authenticationMode()).isEqualTo(AuthenticationMode.INDIRECTE_RENFORCEE);
        assertThat(vihf.vihfVersion()).isEqualTo("3.0");
        assertThat(vihf.software()).isEqualTo(new Vihf.Software("01.01.01.01", "LPS GIE-SV", "1", "NumAutorisation"));
        assertThat(vihf.notBefore()).isNull();
        assertThat(vihf.notOnOrAfter()).isNull();
    }

    /** The official DIRECTE sample spells the attribute {@code Authentification_mode} and has no subject-id. */
    @Test
    void realUnsignedDmpSampleParses() {
        Vihf vihf = parser.parse(sample("VIHF_DIRECTE_unsigned.xml").getDocumentElement());

        assertThat(vihf.authenticationMode()).isEqualTo(AuthenticationMode.DIRECTE);
        assertThat(vihf.nameId()).isEqualTo("899900063480");
        assertThat(vihf.subjectName()).isNull();
        assertThat(vihf.structureId()).isEqualTo("499900063480001");
        assertThat(vihf.roles()).extracting(Code::code).containsExactly("10", "SM26");
        assertThat(vihf.patientId().idNumber()).isEqualTo("207058575627097");
    }

    @Test
    void acceptsTheLowerCaseSpellingOfAuthentificationMode() {
        Vihf vihf = parseChanged(doc -> VihfSamples.attribute(doc.getDocumentElement(), "Authentification_Mode")
                .setAttribute("Name", "Authentification_mode"));

        assertThat(vihf.authenticationMode()).isEqualTo(AuthenticationMode.DIRECTE);
    }

    @ParameterizedTest
    @CsvSource({"normal, NORMAL", "bris_de_glace, BRIS_DE_GLACE", "centre_15, CENTRE_15"})
    void readsEachAccessMode(String code, AccessMode expected) {
        Vihf vihf = parseChanged(doc -> purposeOfUse(doc).setAttribute("code", code));

        assertThat(vihf.purposeOfUse()).isEqualTo(expected);
    }

    @Test
    void missingResourceIdIsRefused() {
        expectFailure(doc -> VihfSamples.remove(doc, RESOURCE_ID), Reason.MISSING, RESOURCE_ID);
    }

    @Test
    void missingNameIdIsRefused() {
        expectFailure(doc -> {
            Element subject = (Element) doc.getElementsByTagNameNS(WsNamespaces.SAML2, "Subject").item(0);
            subject.getParentNode().removeChild(subject);
        }, Reason.MISSING, "NameID");
    }

    @Test
    void emptyStructureIdIsRefused() {
        expectFailure(doc -> VihfSamples.setValue(doc, "Identifiant_Structure", " "), Reason.MISSING,
                "Identifiant_Structure");
    }

    @Test
    void unknownAccessModeIsRefused() {
        expectFailure(doc -> purposeOfUse(doc).setAttribute("code", "curiosite"), Reason.MALFORMED, "curiosite");
    }

    @Test
    void unknownAuthenticationModeIsRefused() {
        expectFailure(doc -> VihfSamples.setValue(doc, "Authentification_Mode", "MOT_DE_PASSE"), Reason.MALFORMED,
                "Authentification_Mode");
    }

    @Test
    void malformedPatientIdIsRefusedWithoutEchoingIt() {
        VihfException e = expectFailure(doc -> VihfSamples.setValue(doc, RESOURCE_ID, "279035121518989"),
                Reason.MALFORMED, RESOURCE_ID);

        assertThat(e.getMessage()).doesNotContain("279035121518989");
    }

    @Test
    void anAttributeGivenTwiceIsRefused() {
        expectFailure(doc -> {
            Element a = VihfSamples.attribute(doc.getDocumentElement(), RESOURCE_ID);
            a.getParentNode().appendChild(a.cloneNode(true));
        }, Reason.MALFORMED, "more than once");
    }

    @Test
    void aRoleThatIsNotAnHl7RoleIsRefused() {
        expectFailure(doc -> {
            Element value = VihfSamples.valueOf(doc.getDocumentElement(), "urn:oasis:names:tc:xacml:2.0:subject:role");
            value.setTextContent("medecin");
        }, Reason.MALFORMED, "hl7:Role");
    }

    @Test
    void notAnAssertionIsRefused() {
        Element other = fixture().createElementNS(WsNamespaces.SAML2, "saml2:Response");

        assertThatThrownBy(() -> parser.parse(other))
                .isInstanceOfSatisfying(VihfException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void toStringLeavesThePatientOut() {
        Vihf vihf = parser.parse(fixture().getDocumentElement());

        assertThat(vihf.toString()).contains("899900012345").doesNotContain("279035121518989", "JEANNE");
    }

    private Vihf parseChanged(Consumer<Document> change) {
        Document doc = fixture();
        change.accept(doc);
        return parser.parse(doc.getDocumentElement());
    }

    private VihfException expectFailure(Consumer<Document> change, Reason reason, String messagePart) {
        Document doc = fixture();
        change.accept(doc);
        VihfException[] thrown = new VihfException[1];
        assertThatThrownBy(() -> parser.parse(doc.getDocumentElement()))
                .isInstanceOfSatisfying(VihfException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(messagePart);
                    thrown[0] = e;
                });
        return thrown[0];
    }

    private static Element purposeOfUse(Document doc) {
        return (Element) doc.getElementsByTagNameNS(WsNamespaces.HL7_V3, "PurposeOfUse").item(0);
    }

    static Document sample(String name) {
        Assumptions.assumeTrue(Files.isRegularFile(VihfSamples.dmpSamples().resolve(name)),
                "the DMP samples (../shared/samples/dmp) are not beside this work tree");
        return dmpSample(name);
    }
}
