package org.carnet.common.codes;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;

import org.carnet.common.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the concepts of an IHE SVS value set (ITI-48 {@code RetrieveValueSetResponse}, the format the French
 * JDV files are published in). Only {@code Concept/@code} and {@code @codeSystem} are read; the other
 * attributes (validity dates, display names) do not change what the node accepts.
 *
 * <p>Value-set files come from the operator's disk, so they go through the hardened parser: a DOCTYPE is
 * refused rather than expanded.
 */
final class SvsReader {
    static final String SVS_NAMESPACE = "urn:ihe:iti:svs:2008";

    /** Without it the JDK parser also prints each fatal error to stderr before throwing it. */
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SvsReader() {
    }

    /**
     * @param source names the file in error messages
     * @throws IllegalArgumentException when the XML is unreadable or holds no well-formed SVS concept
     */
    static Set<Concept> read(InputStream xml, String source) {
        Document document;
        try {
            DocumentBuilder builder = SecureXml.documentBuilder();
            builder.setErrorHandler(RETHROW);
            document = builder.parse(xml);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("value-set file " + source + " cannot be read: " + e.getMessage(), e);
        }
        NodeList nodes = document.getElementsByTagNameNS(SVS_NAMESPACE, "Concept");
        if (nodes.getLength() == 0) {
            throw new IllegalArgumentException("value-set file " + source + " holds no IHE SVS Concept (namespace "
                    + SVS_NAMESPACE + ")");
        }
        Set<Concept> concepts = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element concept = (Element) nodes.item(i);
            String code = concept.getAttribute("code").trim();
            String codeSystem = concept.getAttribute("codeSystem").trim();
            if (code.isEmpty() || codeSystem.isEmpty()) {
                throw new IllegalArgumentException("value-set file " + source + ": Concept number " + (i + 1)
                        + " lacks a code or a codeSystem");
            }
            concepts.add(new Concept(code, codeSystem));
        }
        return Set.copyOf(concepts);
    }
}
