package org.carnet.audit.repository;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.carnet.common.xml.SecureXml;

/**
 * What the repository indexes of a DICOM audit message (PS3.15 A.5.1): the EventID code and the
 * EventOutcomeIndicator of its EventIdentification. Read with a streaming parser that refuses DOCTYPEs and entity
 * references and stops at the first EventID, so that neither a hostile nor a huge message costs more than a
 * glance; a message it cannot read is stored all the same, without a summary.
 */
public record AuditEventSummary(Optional<String> eventId, Optional<String> outcome) {
    public static final AuditEventSummary NONE = new AuditEventSummary(Optional.empty(), Optional.empty());

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The longest value kept: DICOM codes are short, and a longer one is not a code worth indexing. */
    static final int MAX_LENGTH = 64;

    public static AuditEventSummary of(byte[] msg) {
        int start = msg.length >= 3 && msg[0] == BOM[0] && msg[1] == BOM[1] && msg[2] == BOM[2] ? 3 : 0;
        try {
            XMLStreamReader xml = SecureXml.reader(new ByteArrayInputStream(msg, start, msg.length - start));
            try {
                Optional<String> outcome = Optional.empty();
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("EventIdentification")) {
                        outcome = bounded(xml.getAttributeValue(null, "EventOutcomeIndicator"));
                    } else if (name.equals("EventID")) {
                        return new AuditEventSummary(bounded(xml.getAttributeValue(null, "csd-code")), outcome);
                    }
                }
                return new AuditEventSummary(Optional.empty(), outcome);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return NONE;
        }
    }

    private static Optional<String> bounded(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty() && v.length() <= MAX_LENGTH);
    }
}
