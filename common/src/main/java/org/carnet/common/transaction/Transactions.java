package org.carnet.common.transaction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.carnet.common.access.AccessDeniedException;
import org.carnet.common.access.Caller;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.Failure;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.common.metadata.SubmissionSet;

/**
 * Runs one transaction at the edge: the work, the translation of any failure into the answer the client gets
 * (through {@link Failure}, the one place that does it), and the event every listener is told, on success and
 * on failure alike.
 */
public final class Transactions {
    private final TransactionListener listener;
    private final Clock clock;

    public Transactions(TransactionListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    /** Notes a submission's patient, submission set and documents, as far as they could be read. */
    public static void describe(Submission submission, TransactionContext context) {
        SubmissionSet ss = submission.submissionSet();
        if (ss != null) {
            context.submissionSet(ss.uniqueId());
            if (ss.patientId() != null && ss.patientId().isValid()) {
                context.patient(ss.patientId().key());
            }
        }
        for (DocumentEntry de : submission.documentEntries()) {
            if (de.uniqueId() != null) {
                context.document(de.uniqueId());
            }
        }
    }

    public <R> R run(Transaction transaction, Caller caller, ErrorCode internalError,
                     Function<TransactionContext, R> work, Function<Failure, R> failureAnswer) {
        Instant start = clock.instant();
        TransactionContext context = new TransactionContext();
        String errorId = null;
        try {
            return work.apply(context);
        } catch (RuntimeException e) {
            if (e instanceof AccessDeniedException) {
                context.action(AccessDeniedException.ACTION);
            }
            Failure failure = Failure.of(e, internalError, transaction.code());
            errorId = failure.errorId();
            context.outcome(TransactionEvent.Outcome.FAILURE, failure.codes());
            return failureAnswer.apply(failure);
        } catch (Error e) {
            // the JVM is in trouble: answer nothing, but never tell the audit trail it succeeded
            context.outcome(TransactionEvent.Outcome.FAILURE, List.of(internalError.wire()));
            throw e;
        } finally {
            listener.onTransaction(new TransactionEvent(transaction, context.outcome(), caller, start, clock.instant(),
                    context.patientKey(), context.submissionSetId(), context.documentIds(), context.queryId(),
                    context.action(), context.errorCodes(), errorId));
        }
    }
}
