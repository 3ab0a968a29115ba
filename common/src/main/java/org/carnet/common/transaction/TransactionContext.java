package org.carnet.common.transaction;

import java.util.ArrayList;
import java.util.List;

/** What a transaction learns while it runs, for the event told to listeners at its end. One per request. */
public final class TransactionContext {
    private String patientKey;
    private String submissionSetId;
    private final List<String> documentIds = new ArrayList<>();
    private String queryId;
    private String action;
    private TransactionEvent.Outcome outcome = TransactionEvent.Outcome.SUCCESS;
    private final List<String> errorCodes = new ArrayList<>();

    public TransactionContext patient(String key) {
        this.patientKey = key;
        return this;
    }

    public TransactionContext submissionSet(String uniqueId) {
        this.submissionSetId = uniqueId;
        return this;
    }

    public TransactionContext document(String uniqueId) {
        documentIds.add(uniqueId);
        return this;
    }

    public TransactionContext query(String id) {
        this.queryId = id;
        return this;
    }

    /** Names the DMP operation done, when the transaction alone does not say it (see {@link TransactionEvent}). */
    public TransactionContext action(String name) {
        this.action = name;
        return this;
    }

    /** The outcome and error codes of an answer that is not an exception (ITI-43 partial success). */
    public TransactionContext outcome(TransactionEvent.Outcome outcome, List<String> codes) {
        this.outcome = outcome;
        errorCodes.addAll(codes);
        return this;
    }

    String patientKey() {
        return patientKey;
    }

    String submissionSetId() {
        return submissionSetId;
    }

    List<String> documentIds() {
        return documentIds;
    }

    String queryId() {
        return queryId;
    }

    String action() {
        return action;
    }

    TransactionEvent.Outcome outcome() {
        return outcome;
    }

    List<String> errorCodes() {
        return errorCodes;
    }
}
