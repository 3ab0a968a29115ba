package org.carnet.common.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The hardened parser factories: no DOCTYPE, no entities, no external access. */
class SecureXmlTest {
    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>"
            + "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
            + "<lolz>&lol9;</lolz>";

    @Test
    void documentBuilderRefusesDoctypeWithExternalEntity() {
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";

        assertThatThrownBy(() -> SecureXml.documentBuilder().parse(stream(xml)))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void documentBuilderRefusesBillionLaughs() {
        assertThatThrownBy(() -> SecureXml.documentBuilder().parse(stream(BILLION_LAUGHS)))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void documentBuilderParsesNamespacedXml() throws SAXException, IOException {
        String xml = "<rim:RegistryPackage xmlns:rim=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\" id=\"SS01\">"
                + "<rim:Slot name=\"submissionTime\"/></rim:RegistryPackage>";

        Document doc = SecureXml.documentBuilder().parse(stream(xml));

        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0");
        assertThat(root.getLocalName()).isEqualTo("RegistryPackage");
        assertThat(root.getAttribute("id")).isEqualTo("SS01");
        assertThat(root.getElementsByTagNameNS("urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0", "Slot").getLength())
                .isEqualTo(1);
    }

    @Test
    void inputFactoryHasNoDtdAndNoExternalEntities() {
        XMLInputFactory f = SecureXml.inputFactory();

        assertThat(f.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(f.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
        assertThat(f.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES)).isEqualTo(false);
    }

    @Test
    void transformerFactoryProcessesSecurely() {
        assertThat(SecureXml.transformerFactory().getFeature(XMLConstants.FEATURE_SECURE_PROCESSING)).isTrue();
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
