package org.carnet.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.security.WsNamespaces.DSIG;
import static org.carnet.common.security.WsNamespaces.SAML2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The test VIHF ({@code security/vihf-assertion.xml}), ways to change one thing in it, a signer that signs it as
 * a DMP client does (enveloped, exclusive c14n, the certificate in KeyInfo), and the real DMP samples.
 */
final class VihfSamples {
    static final String FIXTURE_ID = "_6f0c5e1a-3b2d-4c8e-9a71-2d4b8e0f1c35";
    static final String RESOURCE_ID = "urn:oasis:names:tc:xacml:2.0:resource:resource-id";

    private VihfSamples() {
    }

    /** A fresh DOM of the test assertion, the assertion as document element. */
    static Document fixture() {
        return resource("security/vihf-assertion.xml");
    }

    static Document resource(String name) {
        try (InputStream in = VihfSamples.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return SecureXml.documentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The folder of the real DMP samples, beside the repository ({@code ../shared} from the work tree). The
     * tests run from the module folder.
     */
    static Path dmpSamples() {
        return Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/samples/dmp");
    }

    /**
     * A real DMP sample. Read as UTF-8 with malformed bytes replaced: VIHF_DIRECTE_unsigned.xml carries one
     * Latin-1 byte (the PurposeOfUse displayName "Accès normal") in otherwise UTF-8 text, which a strict
     * parser refuses; the display name is not read, so replacing that byte changes nothing we assert.
     */
    static Document dmpSample(String name) {
        try {
            String text = new String(Files.readAllBytes(dmpSamples().resolve(name)), StandardCharsets.UTF_8);
            return SecureXml.documentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the text of the single value of the named attribute. */
    static void setValue(Document doc, String attributeName, String value) {
        valueOf(doc.getDocumentElement(), attributeName).setTextContent(value);
    }

    static Element valueOf(Element assertion, String attributeName) {
        return (Element) attribute(assertion, attributeName).getElementsByTagNameNS(SAML2, "AttributeValue").item(0);
    }

    static Element attribute(Element assertion, String attributeName) {
        var attributes = assertion.getElementsByTagNameNS(SAML2, "Attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            Element a = (Element) attributes.item(i);
            if (attributeName.equals(a.getAttribute("Name"))) {
                return a;
            }
        }
        throw new IllegalArgumentException("no attribute " + attributeName);
    }

    static void remove(Document doc, String attributeName) {
        Element a = attribute(doc.getDocumentElement(), attributeName);
        a.getParentNode().removeChild(a);
    }

    /**
     * Signs the assertion that is the document element, as a DMP client signs its VIHF: an enveloped
     * signature right after Issuer (saml-core-2.0 §2.3.3), exclusive c14n, RSA-SHA256, the signer's
     * certificate (then any others given) in KeyInfo. Returns the document serialised and parsed again, as
     * the node would receive it.
     */
    static Document signed(Document doc, TestPki.Issued signer, X509Certificate... more) {
        Init.init();
        try {
            Element assertion = doc.getDocumentElement();
            assertion.setIdAttributeNS(null, "ID", true);
            XMLSignature signature = new XMLSignature(doc, "", XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            Element issuer = (Element) assertion.getElementsByTagNameNS(SAML2, "Issuer").item(0);
            assertion.insertBefore(signature.getElement(), issuer.getNextSibling());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("#" + assertion.getAttribute("ID"), transforms,
                    MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            signature.addKeyInfo(signer.certificate());
            for (X509Certificate c : more) {
                signature.addKeyInfo(c);
            }
            signature.sign(signer.key());
            return reparsed(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as bytes and back: what a receiver's parser sees. */
    static Document reparsed(Document doc) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SecureXml.transformerFactory().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return SecureXml.documentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Element signatureOf(Element assertion) {
        return (Element) assertion.getElementsByTagNameNS(DSIG, "Signature").item(0);
    }

    /** Every attribute of the test fixture assertion, as both the parser and the verifier must read it. */
    static void assertFixtureAttributes(Vihf vihf) {
        assertThat(vihf.id()).isEqualTo(FIXTURE_ID);
        assertThat(vihf.issueInstant()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(vihf.issuer()).isEqualTo("CN=Carnet test VIHF signer,O=Carnet test,C=FR");
        assertThat(vihf.nameId()).isEqualTo("899900012345");
        assertThat(vihf.subjectName()).isEqualTo("JEANNE TESTEUSE");
        assertThat(vihf.structureId()).isEqualTo("499900012345001");
        assertThat(vihf.activitySector()).isEqualTo("SA07^1.2.250.1.71.4.2.4");
        assertThat(vihf.roles()).containsExactly(
                new Code("10", "1.2.250.1.71.1.2.7", "Médecin"),
                new Code("SM26", "1.2.250.1.71.4.2.5", "Qualifié en Médecine Générale (SM)"));
        assertThat(vihf.profession()).contains(new Code("10", "1.2.250.1.71.1.2.7", "Médecin"));
        assertThat(vihf.speciality()).map(Code::code).contains("SM26");
        assertThat(vihf.purposeOfUse()).isEqualTo(AccessMode.NORMAL);
        assertThat(vihf.patientId()).isEqualTo(new Cx("279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH"));
        assertThat(vihf.resourceUrn()).isEqualTo("urn:dmp");
        assertThat(vihf.authenticationMode()).isEqualTo(AuthenticationMode.DIRECTE);
        assertThat(vihf.vihfVersion()).isEqualTo("3.0");
        assertThat(vihf.software()).isEqualTo(new Vihf.Software("CARNET-TEST-01", "Carnet test client", "0.1.0",
                "TEST-HOMOLOGATION-0001"));
        assertThat(vihf.notBefore()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(vihf.notOnOrAfter()).isEqualTo(Instant.parse("2026-03-02T09:10:00Z"));
    }
}
