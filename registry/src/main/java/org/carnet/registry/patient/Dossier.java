package org.carnet.registry.patient;

import java.time.Instant;

/** A patient's dossier: the DMP record, opened with the patient's consent. */
public record Dossier(String patientKey, Status status, Instant openedAt, Instant updatedAt) {

    public enum Status { OPEN, CLOSED }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
