package org.carnet.audit.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link AuditMessage} as DICOM PS3.15 A.5.1 XML (UTF-8, no namespace, elements in schema order) with
 * a streaming writer, so every value is escaped by the writer. Characters XML 1.0 cannot carry at all (control
 * characters other than tab, newline and carriage return, lone surrogates) are replaced by U+FFFD: a client
 * can put them in a patient id, and the message must stay well-formed. No line break is written, so a message is
 * one line.
 */
public final class AuditXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final char REPLACEMENT = '\uFFFD';

    private AuditXml() {
    }

    public static byte[] toBytes(AuditMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("AuditMessage");
            event(xml, message.event());
            for (ActiveParticipant participant : message.participants()) {
                participant(xml, participant);
            }
            source(xml, message.source());
            for (ParticipantObject object : message.objects()) {
                object(xml, object);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an audit message", e);
        }
        return out.toByteArray();
    }

    private static void event(XMLStreamWriter xml, EventIdentification event) throws XMLStreamException {
        xml.writeStartElement("EventIdentification");
        if (event.action() != null) {
            xml.writeAttribute("EventActionCode", event.action().code());
        }
        xml.writeAttribute("EventDateTime", event.dateTime().truncatedTo(ChronoUnit.MILLIS).toString());
        xml.writeAttribute("EventOutcomeIndicator", event.outcome().code());
        coded(xml, "EventID", event.eventId());
        for (CodedValue type : event.typeCodes()) {
            coded(xml, "EventTypeCode", type);
        }
        if (event.outcomeDescription() != null) {
            xml.writeStartElement("EventOutcomeDescription");
            xml.writeCharacters(oneLine(clean(event.outcomeDescription())));
            xml.writeEndElement();
        }
        for (CodedValue purpose : event.purposesOfUse()) {
            coded(xml, "PurposeOfUse", purpose);
        }
        xml.writeEndElement();
    }

    private static void participant(XMLStreamWriter xml, ActiveParticipant p) throws XMLStreamException {
        xml.writeStartElement("ActiveParticipant");
        attribute(xml, "UserID", p.userId());
        attribute(xml, "AlternativeUserID", p.alternativeUserId());
        attribute(xml, "UserName", p.userName());
        xml.writeAttribute("UserIsRequestor", Boolean.toString(p.requestor()));
        attribute(xml, "NetworkAccessPointID", p.networkAccessPointId());
        attribute(xml, "NetworkAccessPointTypeCode", p.networkAccessPointType());
        for (CodedValue role : p.roles()) {
            coded(xml, "RoleIDCode", role);
        }
        xml.writeEndElement();
    }

    private static void source(XMLStreamWriter xml, AuditSource source) throws XMLStreamException {
        xml.writeStartElement("AuditSourceIdentification");
        attribute(xml, "AuditEnterpriseSiteID", source.enterpriseSiteId());
        attribute(xml, "AuditSourceID", source.sourceId());
        xml.writeEmptyElement("AuditSourceTypeCode");
        xml.writeAttribute("csd-code", AuditSource.TYPE_APPLICATION_SERVER);
        xml.writeEndElement();
    }

    private static void object(XMLStreamWriter xml, ParticipantObject o) throws XMLStreamException {
        xml.writeStartElement("ParticipantObjectIdentification");
        attribute(xml, "ParticipantObjectID", o.id());
        attribute(xml, "ParticipantObjectTypeCode", o.typeCode());
        attribute(xml, "ParticipantObjectTypeCodeRole", o.role());
        attribute(xml, "ParticipantObjectDataLifeCycle", o.lifeCycle());
        coded(xml, "ParticipantObjectIDTypeCode", o.idType());
        if (o.query() != null) {
            xml.writeStartElement("ParticipantObjectQuery");
            xml.writeCharacters(Base64.getEncoder().encodeToString(o.query()));
            xml.writeEndElement();
        }
        for (ParticipantObject.Detail detail : o.details()) {
            xml.writeEmptyElement("ParticipantObjectDetail");
            attribute(xml, "type", detail.type());
            xml.writeAttribute("value", Base64.getEncoder().encodeToString(detail.value()));
        }
        xml.writeEndElement();
    }

    private static void coded(XMLStreamWriter xml, String element, CodedValue value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        attribute(xml, "csd-code", value.code());
        attribute(xml, "codeSystemName", value.codeSystemName());
        attribute(xml, "displayName", value.originalText());
        attribute(xml, "originalText", value.originalText());
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            // a parser turns these into spaces anyway (attribute-value normalisation); writing spaces keeps
            // every message on one line, which line-oriented collectors need
            xml.writeAttribute(name, oneLine(clean(value)));
        }
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Replaces what XML 1.0 cannot represent (its Char production) by U+FFFD. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : REPLACEMENT);
            }
        }
        return out == null ? s : out.toString();
    }
}
