package org.carnet.audit.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The DICOM PS3.15 A.5.1 audit message schema ({@code dicom2017c.xsd}), unpacked at build time from
 * {@code org.openehealth.ipf.commons:ipf-commons-audit} (see this module's pom): never retyped.
 */
public final class DicomSchema {
    private static final Schema SCHEMA = load();

    private DicomSchema() {
    }

    /** Fails with the validator's message when {@code xml} is not a valid DICOM audit message. */
    public static void validate(byte[] xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not a valid DICOM audit message: " + e.getMessage(), e);
        }
    }

    private static Schema load() {
        String location = System.getProperty("dicom.schema");
        if (location == null || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("the DICOM audit schema is missing (system property dicom.schema = "
                    + location + "): run the tests through Maven, which unpacks it from ipf-commons-audit");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(Path.of(location).toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the DICOM audit schema " + location, e);
        }
    }
}
