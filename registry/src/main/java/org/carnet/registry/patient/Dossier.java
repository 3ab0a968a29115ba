package org.carnet.registry.patient;

import java.time.Instant;
import java.util.Objects;

/**
 * A patient's dossier: the DMP record, opened with the patient's consent (TD1.1), closed with a reason (TD1.4),
 * reopened with renewed consent (TD1.2).
 *
 * @param closedAt     when it was last closed; null while open
 * @param closedReason why (TD1.4, e.g. {@code FERMETURE_DEMANDE_PATIENT}); null while open
 * @param oppositions  the patient's choices on emergency access (TD1.3b)
 */
public record Dossier(String patientKey, Status status, Instant openedAt, Instant updatedAt, Instant closedAt,
                      String closedReason, Oppositions oppositions) {

    public enum Status { OPEN, CLOSED }

    public Dossier {
        Objects.requireNonNull(patientKey, "patientKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(oppositions, "oppositions");
    }

    /** An open dossier without oppositions. */
    public Dossier(String patientKey, Status status, Instant openedAt, Instant updatedAt) {
        this(patientKey, status, openedAt, updatedAt, null, null, Oppositions.NONE);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
