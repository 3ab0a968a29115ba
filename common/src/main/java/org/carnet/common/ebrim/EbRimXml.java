package org.carnet.common.ebrim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.carnet.common.xml.SecureXml;
import org.carnet.wsdl.rim.IdentifiableType;

/**
 * The stored form of a registry object: its ebRIM XML as submitted (after the registry's own additions),
 * deflated. The registry keeps this beside its index tables so that every slot a submitter sent round-trips,
 * while queries only ever read the index columns.
 */
public final class EbRimXml {
    private static final JAXBContext CONTEXT = context();

    private EbRimXml() {
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(org.carnet.wsdl.rim.ObjectFactory.class,
                    org.carnet.wsdl.rs.ObjectFactory.class, org.carnet.wsdl.lcm.ObjectFactory.class,
                    org.carnet.wsdl.query.ObjectFactory.class, org.carnet.wsdl.ihe.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }


    /** Serializes a JAXB element (an ebRIM object, or a whole request) to UTF-8 XML. */
    public static byte[] toXml(Object element) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        write(element, out);
        return out.toByteArray();
    }

    public static byte[] toStored(JAXBElement<? extends IdentifiableType> element) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (OutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
            write(element, deflater);
        } catch (IOException e) {
            throw new IllegalStateException("cannot deflate in memory", e);
        }
        return out.toByteArray();
    }

    public static IdentifiableType fromStored(byte[] stored) {
        return (IdentifiableType) ((JAXBElement<?>) read(new InflaterInputStream(new ByteArrayInputStream(stored))))
                .getValue();
    }

    /** Parses XML with the hardened parser (no DTD, no entities) into JAXB objects. */
    public static Object read(InputStream xml) {
        try {
            XMLStreamReader reader = SecureXml.reader(xml);
            try {
                return CONTEXT.createUnmarshaller().unmarshal(reader);
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalArgumentException("not well-formed ebRIM XML: " + e.getMessage(), e);
        }
    }

    private static void write(Object element, OutputStream out) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.marshal(element, out);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot serialize ebRIM object", e);
        }
    }
}
