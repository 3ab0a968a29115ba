package org.carnet.common.transaction;

import java.time.Instant;
import java.util.List;

import org.carnet.common.access.Caller;

/**
 * What happened in one transaction, collected while it ran and handed to every {@link TransactionListener}
 * at its end, on success and on failure alike: the data an audit message is made of.
 *
 * @param patientKey         the patient concerned, when known (id^^^&authority&ISO)
 * @param submissionSetId    the submission set uniqueId (ITI-41/42)
 * @param documentIds        the document uniqueIds concerned
 * @param queryId            the stored query id (ITI-18)
 * @param action             what was done when the transaction alone does not say it: a DMP operation name
 *                           such as {@code MASK}, {@code ARCHIVE}, {@code OPEN}, {@code AUTHORISE}; or null
 * @param errorCodes         the XDS error codes answered (empty on success)
 * @param errorId            the opaque id under which an internal error was logged, or null
 */
public record TransactionEvent(Transaction transaction, Outcome outcome, Caller caller, Instant start, Instant end,
                               String patientKey, String submissionSetId, List<String> documentIds, String queryId,
                               String action, List<String> errorCodes, String errorId) {

    public enum Outcome { SUCCESS, PARTIAL_SUCCESS, FAILURE }

    public TransactionEvent {
        documentIds = List.copyOf(documentIds);
        errorCodes = List.copyOf(errorCodes);
    }
}
