package org.carnet.common.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.carnet.common.SampleData;
import org.carnet.common.access.AccessDeniedException;
import org.carnet.common.access.Caller;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.Failure;
import org.carnet.common.error.XdsError;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.junit.jupiter.api.Test;

/** Every transaction ends with exactly one event for the listeners, on success and on failure alike. */
class TransactionsTest {
    private static final Instant NOW = Instant.parse("2021-06-04T13:50:51Z");
    private static final Caller CALLER = Caller.system("lps-test", "192.0.2.1");

    private final List<TransactionEvent> events = new ArrayList<>();
    private final Transactions transactions = new Transactions(events::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void successTellsTheListenerOnceWithWhatTheWorkNoted() {
        String answer = transactions.run(Transaction.ITI_42, CALLER, ErrorCode.REGISTRY_ERROR, context -> {
            context.patient("248039263001064^^^&1.2.250.1.213.1.4.10&ISO").submissionSet("1.2.3.1")
                    .document("1.2.3.2").document("1.2.3.3").query("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d");
            return "registered";
        }, failure -> "failed");

        assertThat(answer).isEqualTo("registered");
        assertThat(events).containsExactly(new TransactionEvent(Transaction.ITI_42, Outcome.SUCCESS, CALLER, NOW, NOW,
                "248039263001064^^^&1.2.250.1.213.1.4.10&ISO", "1.2.3.1", List.of("1.2.3.2", "1.2.3.3"),
                "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", null, List.of(), null));
    }

    @Test
    void refusalIsAnsweredByTheFailureFunctionAndToldAsFailure() {
        XdsException refused = new XdsException(ErrorCode.UNKNOWN_PATIENT_ID, "no open dossier", "Document01");
        AtomicReference<Failure> answered = new AtomicReference<>();

        String answer = transactions.run(Transaction.ITI_42, CALLER, ErrorCode.REGISTRY_ERROR, context -> {
            context.patient("248039263001064^^^&1.2.250.1.213.1.4.10&ISO");
            throw refused;
        }, failure -> {
            answered.set(failure);
            return "failed";
        });

        assertThat(answer).isEqualTo("failed");
        assertThat(answered.get().errors()).isEqualTo(refused.errors());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(e.errorCodes()).containsExactly("XDSUnknownPatientId");
            assertThat(e.errorId()).isNull();
            assertThat(e.patientKey()).isEqualTo("248039263001064^^^&1.2.250.1.213.1.4.10&ISO");
            assertThat(e.action()).isNull();
        });
    }

    @Test
    void accessDeniedIsToldAsSuch() {
        transactions.run(Transaction.ITI_18, CALLER, ErrorCode.REGISTRY_ERROR, context -> {
            context.action("MASK");
            throw new AccessDeniedException(List.of(XdsError.error(ErrorCode.REGISTRY_ERROR,
                    "access refused by DMP rule NOT_AUTHORISED", null)));
        }, failure -> "refused");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(e.action()).isEqualTo("ACCESS_DENIED");
            assertThat(e.errorCodes()).containsExactly("XDSRegistryError");
        });
    }

    @Test
    void internalErrorIsToldWithItsErrorId() {
        AtomicReference<Failure> answered = new AtomicReference<>();

        transactions.run(Transaction.ITI_43, CALLER, ErrorCode.REPOSITORY_ERROR, context -> {
            throw new NullPointerException();
        }, failure -> {
            answered.set(failure);
            return "failed";
        });

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(e.errorCodes()).containsExactly("XDSRepositoryError");
            assertThat(e.errorId()).isNotNull().isEqualTo(answered.get().errorId());
        });
    }

    @Test
    void partialSuccessNotedByTheWorkIsTold() {
        transactions.run(Transaction.ITI_43, CALLER, ErrorCode.REPOSITORY_ERROR, context -> {
            context.outcome(Outcome.PARTIAL_SUCCESS, List.of("XDSDocumentUniqueIdError"));
            return "some";
        }, failure -> "failed");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL_SUCCESS);
            assertThat(e.errorCodes()).containsExactly("XDSDocumentUniqueIdError");
        });
    }

    /** Disabled until Transactions.run also notes an Error (not only a RuntimeException) as a failure. */
    @Test
    void errorThrownByTheWorkIsToldAsFailure() {
        assertThatThrownBy(() -> transactions.run(Transaction.ITI_42, CALLER, ErrorCode.REGISTRY_ERROR, context -> {
            throw new StackOverflowError();
        }, failure -> "failed")).isInstanceOf(StackOverflowError.class);

        assertThat(events).singleElement().extracting(TransactionEvent::outcome).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void describeNotesPatientKeySubmissionSetAndDocuments() {
        Submission submission = SampleData.singleDocument();
        TransactionContext context = new TransactionContext();

        Transactions.describe(submission, context);

        assertThat(context.patientKey()).isEqualTo("248039263001064^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(context.submissionSetId()).isEqualTo(submission.submissionSet().uniqueId());
        assertThat(context.documentIds()).containsExactly(submission.documentEntries().get(0).uniqueId());
    }

    @Test
    void listenerThatThrowsDoesNotStopTheOthers() {
        List<TransactionEvent> first = new ArrayList<>();
        List<TransactionEvent> last = new ArrayList<>();
        TransactionListeners listeners = new TransactionListeners(List.of(first::add, event -> {
            throw new IllegalStateException("audit repository down");
        }, last::add));
        TransactionEvent event = new TransactionEvent(Transaction.ITI_18, Outcome.SUCCESS, CALLER, NOW, NOW, null,
                null, List.of(), "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", null, List.of(), null);

        listeners.onTransaction(event);

        assertThat(first).containsExactly(event);
        assertThat(last).containsExactly(event);
    }
}
