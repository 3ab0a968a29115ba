package org.carnet.common.metadata;

import java.util.List;
import java.util.Objects;

/**
 * An ebRIM Association between two registry objects (ITI TF-3 4.2.2). {@code submissionSetStatus} is the
 * HasMember slot {@code SubmissionSetStatus} (Original / Reference), null elsewhere.
 */
public record Association(String entryUuid, String type, String sourceUuid, String targetUuid,
                          String availabilityStatus, String submissionSetStatus, List<Slot> extraSlots) {

    public Association {
        Objects.requireNonNull(type, "type");
        extraSlots = List.copyOf(extraSlots);
    }

    public Association(String entryUuid, String type, String sourceUuid, String targetUuid) {
        this(entryUuid, type, sourceUuid, targetUuid, null, null, List.of());
    }
}
