package org.carnet.audit.message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A thing the event was about (DICOM ParticipantObjectIdentification): the patient, a submission set, a
 * document, a query.
 *
 * @param id        ParticipantObjectID
 * @param typeCode  ParticipantObjectTypeCode (1 person, 2 system object, ...)
 * @param role      ParticipantObjectTypeCodeRole (1 patient, 3 report, 20 job, 24 query, ...)
 * @param lifeCycle ParticipantObjectDataLifeCycle, or null
 * @param idType    ParticipantObjectIDTypeCode
 * @param query     ParticipantObjectQuery bytes (written base64), or null
 * @param details   ParticipantObjectDetail type-value pairs
 */
public record ParticipantObject(String id, String typeCode, String role, String lifeCycle, CodedValue idType,
                                byte[] query, List<Detail> details) {

    /** A ParticipantObjectDetail; the schema wants the value base64-encoded, which the writer does. */
    public record Detail(String type, byte[] value) {
        public Detail {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        public static Detail text(String type, String value) {
            return new Detail(type, value.getBytes(StandardCharsets.UTF_8));
        }

        public String valueText() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    public ParticipantObject {
        Objects.requireNonNull(idType, "idType");
        details = List.copyOf(details);
    }
}
