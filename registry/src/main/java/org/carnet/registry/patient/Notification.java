package org.carnet.registry.patient;

import java.time.Instant;

/**
 * Something the patient is told (dmp-reference 3: every emergency access is notified to the patient).
 *
 * @param kind       e.g. {@code EMERGENCY_ACCESS}
 * @param actorId    who acted: a professional's national id, a system's name
 * @param actorName  their display name, when known
 * @param accessMode the access mode the actor used ({@code normal}, {@code bris_de_glace}, {@code centre_15})
 * @param detail     what happened, in words the patient reads; may be null
 */
public record Notification(long id, String kind, String actorId, String actorName, String accessMode, String detail,
                           Instant createdAt) {
}
