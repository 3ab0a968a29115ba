package org.carnet.server.notify;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carnet.registry.notify.OutgoingNotification;

/**
 * The JSON body of a webhook call: one notification, with the field names of the patient API's notification list,
 * and every field present ({@code null} when unknown) so a gateway can map them without guessing.
 *
 * @param id         the stable notification id (also the {@code webhook-id} header): the receiver de-duplicates on it
 * @param kind       e.g. {@code EMERGENCY_ACCESS}
 * @param patientId  the patient as the node keys dossiers: the INS and its assigning authority as a CX, without
 *                   the identifier type code ({@code 248039263001064^^^&1.2.250.1.213.1.4.10&ISO})
 * @param actorId    who acted: a professional's national id (RPPS/ADELI), a system's name
 * @param actorName  their display name
 * @param accessMode {@code bris_de_glace}, {@code centre_15}, or {@code normal}
 * @param detail     what happened, in words the patient reads
 * @param createdAt  when it happened, ISO-8601 UTC
 */
@JsonPropertyOrder({"id", "kind", "patientId", "actorId", "actorName", "accessMode", "detail", "createdAt"})
record WebhookPayload(String id, String kind, String patientId, String actorId, String actorName, String accessMode,
                      String detail, String createdAt) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static WebhookPayload of(OutgoingNotification n) {
        return new WebhookPayload(n.id().toString(), n.kind(), n.patientKey(), n.actorId(), n.actorName(),
                n.accessMode(), n.detail(), n.createdAt().toString());
    }

    byte[] toJson() {
        try {
            return MAPPER.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a notification cannot be written as JSON", e);
        }
    }

    /** Only the id: the rest is personal data. */
    @Override
    public String toString() {
        return "WebhookPayload[" + id + "]";
    }
}
