package org.carnet.registry.patient;

import java.time.Instant;

/**
 * One line of a dossier's consent and life history, as recorded (append-only).
 *
 * @param reason         the closure reason, for {@link Kind#CLOSED}; otherwise null
 * @param recordedBy     who recorded it: the professional's national id, the patient's key, a system's name
 * @param recordedByKind PROFESSIONAL, PATIENT, LEGAL_REPRESENTATIVE or SYSTEM
 * @param recordedByName their display name, when known
 */
public record DossierEvent(Kind kind, String reason, String recordedBy, String recordedByKind, String recordedByName,
                           Instant recordedAt) {

    /** OPENED and REOPENED record the patient's consent; CLOSED the closure. */
    public enum Kind { OPENED, REOPENED, CLOSED }
}
