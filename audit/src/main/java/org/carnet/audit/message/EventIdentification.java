package org.carnet.audit.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happened, when and with which outcome.
 *
 * @param eventId            the DICOM event ID (e.g. 110107 Import)
 * @param action             EventActionCode; null when the event defines none
 * @param dateTime           when the event happened
 * @param outcome            EventOutcomeIndicator
 * @param typeCodes          EventTypeCodes: the IHE transaction, and any flag such as an emergency override
 * @param outcomeDescription free text on a failure (Carnet writes the XDS error codes only); null when none
 * @param purposesOfUse      PurposeOfUse codes (the VIHF access mode)
 */
public record EventIdentification(CodedValue eventId, EventAction action, Instant dateTime, EventOutcome outcome,
                                  List<CodedValue> typeCodes, String outcomeDescription,
                                  List<CodedValue> purposesOfUse) {

    public EventIdentification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(outcome, "outcome");
        typeCodes = List.copyOf(typeCodes);
        purposesOfUse = List.copyOf(purposesOfUse);
    }
}
