package org.carnet.registry.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.vocabulary.Vocabulary.NS_RIM;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@link RoundTrip} forgives what the registry may add or normalise, and nothing else. */
class RoundTripTest {
    private static final String ASSIGNED = "urn:uuid:0b6c1a52-7f1e-4c38-9d5a-6f0e1f2a3b4c";
    private static final String ASSIGNED_TO_CLASS_CODE = "urn:uuid:3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";

    private Element submitted;
    private Element returned;

    @BeforeEach
    void documentEntryOfTheSingleDocumentSubmission() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("iti42/valid/iti-42-single-document.xml")) {
            submitted = (Element) factory.newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS(NS_RIM, "ExtrinsicObject").item(0);
        }
        returned = (Element) submitted.cloneNode(true);
    }

    @Test
    void sameObjectHasNoDifference() {
        assertThat(RoundTrip.compare(submitted, returned).hasDifferences()).isFalse();
    }

    @Test
    void whatTheRegistrySetsIsForgiven() {
        registryAssignsIds(returned);
        returned.setAttribute("lid", ASSIGNED);
        returned.setAttribute("status", STATUS_APPROVED);
        Element version = returned.getOwnerDocument().createElementNS(NS_RIM, "VersionInfo");
        version.setAttribute("versionName", "1");
        returned.insertBefore(version, first(returned, "Classification"));
        Element title = first(returned, "LocalizedString");
        title.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en-US");
        title.setAttribute("charset", "UTF-8");

        assertThat(RoundTrip.compare(submitted, returned).hasDifferences()).isFalse();
    }

    @Test
    void aChangedSlotValueIsADifference() {
        registryAssignsIds(returned);
        first(returned, "Value").setTextContent("20991231");

        assertThat(RoundTrip.compare(submitted, returned).hasDifferences()).isTrue();
    }

    @Test
    void aDroppedSlotIsADifference() {
        returned.removeChild(first(returned, "Slot"));

        assertThat(RoundTrip.compare(submitted, returned).hasDifferences()).isTrue();
    }

    @Test
    void aReferenceToAnotherUuidThanTheObjectGotIsADifference() {
        registryAssignsIds(returned);
        first(returned, "Classification").setAttribute("classifiedObject", ASSIGNED_TO_CLASS_CODE);

        assertThat(RoundTrip.compare(submitted, returned).hasDifferences()).isTrue();
    }

    @Test
    void aPreAssignedUuidMustComeBackUnchanged() {
        submitted.setAttribute("id", ASSIGNED_TO_CLASS_CODE);
        returned.setAttribute("id", ASSIGNED);

        assertThat(RoundTrip.compare(submitted, returned).hasDifferences()).isTrue();
    }

    @Test
    void aLanguageOtherThanTheDefaultIsADifference() {
        first(returned, "LocalizedString").setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "de-DE");

        assertThat(RoundTrip.compare(submitted, returned).hasDifferences()).isTrue();
    }

    /** Document01 → ASSIGNED everywhere, as the registry resolves symbolic ids; nested ids get their own. */
    private static void registryAssignsIds(Element entry) {
        entry.setAttribute("id", ASSIGNED);
        int n = 0;
        for (String part : new String[] {"Classification", "ExternalIdentifier"}) {
            NodeList nested = entry.getElementsByTagNameNS(NS_RIM, part);
            for (int i = 0; i < nested.getLength(); i++) {
                Element e = (Element) nested.item(i);
                e.setAttribute("id", String.format("urn:uuid:00000000-0000-4000-8000-%012d", ++n));
                e.setAttribute(part.equals("Classification") ? "classifiedObject" : "registryObject", ASSIGNED);
            }
        }
    }

    private static Element first(Element parent, String localName) {
        return (Element) parent.getElementsByTagNameNS(NS_RIM, localName).item(0);
    }
}
