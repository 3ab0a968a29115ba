package org.carnet.audit.message;

import java.util.List;
import java.util.Objects;

/** One DICOM PS3.15 A.5 audit message. */
public record AuditMessage(EventIdentification event, List<ActiveParticipant> participants, AuditSource source,
                           List<ParticipantObject> objects) {

    public AuditMessage {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(source, "source");
        participants = List.copyOf(participants);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("an audit message has at least one active participant");
        }
        objects = List.copyOf(objects);
    }
}
