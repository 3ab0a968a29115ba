package org.carnet.registry.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One patient notification as a channel sends it. Carries patient data: never log it, but by {@link #id()}.
 *
 * @param sequence   the outbox row; orders the notifications, never leaves the node
 * @param id         stable across attempts, nodes and restarts: what the receiver de-duplicates on
 * @param patientKey the patient, as the node keys dossiers (the INS as a CX)
 * @param kind       e.g. {@code EMERGENCY_ACCESS}
 * @param actorId    who acted: a professional's national id, a system's name
 * @param actorName  their display name; may be null
 * @param accessMode how they acted ({@code bris_de_glace}, {@code centre_15}, {@code normal}); may be null
 * @param detail     what happened, in words the patient reads; may be null
 * @param createdAt  when it happened
 * @param attempts   how many times it was sent before without success
 */
public record OutgoingNotification(long sequence, UUID id, String patientKey, String kind, String actorId,
                                   String actorName, String accessMode, String detail, Instant createdAt,
                                   int attempts) {

    public OutgoingNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientKey, "patientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Only the id: the rest is personal data. */
    @Override
    public String toString() {
        return "OutgoingNotification[" + id + "]";
    }
}
