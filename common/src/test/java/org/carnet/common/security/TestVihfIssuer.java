package org.carnet.common.security;

import static org.carnet.common.security.WsNamespaces.HL7_V3;
import static org.carnet.common.security.WsNamespaces.SAML2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.carnet.common.access.AccessMode;
import org.carnet.common.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A VIHF issuer for end-to-end tests: a signing certificate made at test time, the trust store a node needs to
 * trust it, and signed assertions for any professional, patient and access mode, in the shape of the DMP
 * samples.
 */
public final class TestVihfIssuer {
    private static final String ROLE = "urn:oasis:names:tc:xacml:2.0:subject:role";

    /** Who the assertion speaks for. */
    public record Professional(String nationalId, String name, String profession, String speciality,
                               String structureId) {
    }

    private final TestPki.Issued signer = TestPki.selfSigned("CN=Carnet test VIHF issuer,O=Carnet test,C=FR",
            Instant.now());

    /** Writes a PKCS#12 trust store holding the signing certificate. */
    public Path writeTrustStore(Path file, String password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            TestPki.trustStore(signer.certificate()).store(out, password.toCharArray());
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed assertion valid from a minute ago for ten minutes. */
    public String assertion(Professional who, String patientKey, AccessMode mode) {
        Instant now = Instant.now();
        return assertion(who, patientKey, mode, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(10)),
                true);
    }

    /**
     * A signed assertion for a minor consulting in "connexion secrète": its confidentiality-code attribute holds
     * {@code INVISIBLE_REPRESENTANTS_LEGAUX} as an HL7 CE element, the XSPA way.
     */
    public String secretConnectionAssertion(Professional who, String patientKey) {
        Instant now = Instant.now();
        return assertion(who, patientKey, AccessMode.NORMAL, now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofMinutes(10)), true, true);
    }

    /** The {@code saml2:Assertion} element as text, signed or not, valid in the given window. */
    public String assertion(Professional who, String patientKey, AccessMode mode, Instant notBefore,
                            Instant notOnOrAfter, boolean sign) {
        return assertion(who, patientKey, mode, notBefore, notOnOrAfter, sign, false);
    }

    private String assertion(Professional who, String patientKey, AccessMode mode, Instant notBefore,
                             Instant notOnOrAfter, boolean sign, boolean secretConnection) {
        Document doc = VihfSamples.fixture();
        Element assertion = doc.getDocumentElement();
        assertion.setAttribute("ID", "_" + UUID.randomUUID());
        assertion.setAttribute("IssueInstant", notBefore.toString());
        ((Element) assertion.getElementsByTagNameNS(SAML2, "NameID").item(0)).setTextContent(who.nationalId());
        Element conditions = (Element) assertion.getElementsByTagNameNS(SAML2, "Conditions").item(0);
        conditions.setAttribute("NotBefore", notBefore.toString());
        conditions.setAttribute("NotOnOrAfter", notOnOrAfter.toString());
        VihfSamples.setValue(doc, "Identifiant_Structure", who.structureId());
        VihfSamples.setValue(doc, "urn:oasis:names:tc:xspa:1.0:subject:subject-id", who.name());
        VihfSamples.setValue(doc, VihfSamples.RESOURCE_ID, patientKey);
        var roles = VihfSamples.attribute(assertion, ROLE).getElementsByTagNameNS(HL7_V3, "Role");
        Element profession = (Element) roles.item(0);
        Element speciality = (Element) roles.item(1);
        profession.setAttribute("code", who.profession());
        if (who.speciality() == null) {
            speciality.getParentNode().getParentNode().removeChild(speciality.getParentNode());
        } else {
            speciality.setAttribute("code", who.speciality());
        }
        ((Element) assertion.getElementsByTagNameNS(HL7_V3, "PurposeOfUse").item(0)).setAttribute("code",
                mode.code());
        if (secretConnection) {
            Element attribute = doc.createElementNS(SAML2, "saml2:Attribute");
            attribute.setAttribute("Name", VihfAttribute.CONFIDENTIALITY_CODE.wireName());
            Element value = doc.createElementNS(SAML2, "saml2:AttributeValue");
            // declared as in the fixture (a default namespace on the element): the signature's canonical form
            // is computed on this DOM, and must be the one a receiver gets back by parsing the text
            Element code = doc.createElementNS(HL7_V3, "ConfidentialityCode");
            code.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", HL7_V3);
            code.setAttribute("code", "INVISIBLE_REPRESENTANTS_LEGAUX");
            code.setAttribute("codeSystem", "1.2.250.1.213.1.1.4.13");
            value.appendChild(code);
            attribute.appendChild(value);
            assertion.getElementsByTagNameNS(SAML2, "AttributeStatement").item(0).appendChild(attribute);
        }
        return text(sign ? VihfSamples.signed(doc, signer) : doc);
    }

    private static String text(Document doc) {
        try {
            Transformer transformer = SecureXml.transformerFactory().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
