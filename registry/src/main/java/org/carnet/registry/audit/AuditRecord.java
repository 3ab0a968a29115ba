package org.carnet.registry.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.TransactionEvent.Outcome;

/**
 * One row of the local audit trail: what a {@link TransactionEvent} says about one patient's record.
 *
 * @param id          the row's id, in order of recording; null before it is stored
 * @param recordedAt  when the transaction ended
 * @param action      the DMP action named by the transaction, or null (see {@link TransactionEvent#action()})
 * @param requestor   who acted; null when the transaction knew no caller
 * @param patientKey  the patient whose record it concerns; null when the request named none
 * @param documentIds the document uniqueIds concerned, in the request's order
 */
public record AuditRecord(Long id, Instant recordedAt, Transaction transaction, String action, Outcome outcome,
                          List<String> errorCodes, String errorId, Requestor requestor, String patientKey,
                          List<String> documentIds, String submissionSetId, String queryId) {

    public AuditRecord {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(outcome, "outcome");
        errorCodes = List.copyOf(errorCodes);
        documentIds = List.copyOf(documentIds);
    }

    /**
     * Who acted, as the audit trail keeps it (IHE ATNA's "human requestor").
     *
     * @param role the profession (code, code system, display); null when none
     */
    public record Requestor(String id, String name, Actor.Kind kind, Code role, String organisation, AccessMode mode,
                            String address) {

        static Requestor of(Caller caller) {
            return new Requestor(caller.id(), caller.name(), caller.kind(), caller.role(), caller.organisation(),
                    caller.mode(), caller.address());
        }

        /** An access in an emergency mode (bris de glace, centre 15), which dmp-reference 3 says to flag. */
        public boolean emergency() {
            return mode != null && mode.isEmergency();
        }
    }

    /** The event as it concerns {@code patientKey} and these of its documents. */
    static AuditRecord of(TransactionEvent event, String patientKey, List<String> documentIds) {
        return new AuditRecord(null, event.end(), event.transaction(), event.action(), event.outcome(),
                event.errorCodes(), event.errorId(), event.caller() == null ? null : Requestor.of(event.caller()),
                patientKey, documentIds, event.submissionSetId(), event.queryId());
    }

    AuditRecord withId(long newId) {
        return new AuditRecord(newId, recordedAt, transaction, action, outcome, errorCodes, errorId, requestor,
                patientKey, documentIds, submissionSetId, queryId);
    }
}
