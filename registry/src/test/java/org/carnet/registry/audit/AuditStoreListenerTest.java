package org.carnet.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.SampleData.REPOSITORY_ID;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.registry.audit.AuditRecord.Requestor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every transaction event becomes a trace, under the patient it concerns; storing never fails a transaction. */
class AuditStoreListenerTest {
    static final String PATIENT_KEY = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";
    static final String OTHER_PATIENT_KEY = "179105613712345^^^&1.2.250.1.213.1.4.10&ISO";
    static final Instant START = Instant.parse("2025-03-04T09:12:30Z");
    static final Instant END = Instant.parse("2025-03-04T09:12:31.250Z");
    static final Code MEDECIN = new Code("10", "1.2.250.1.71.1.2.7", "Médecin");
    static final Caller EMERGENCY_DOCTOR = new Caller(Actor.professional("810000000002", "10", "SM26", "STRUCT-B"),
            "Dr Paul Durand", AccessMode.BRIS_DE_GLACE, MEDECIN, "STRUCT-B", "192.0.2.11");

    private final TestRegistry registry = new TestRegistry().open(PATIENT).open(OTHER_PATIENT);
    private final AuditStore store = new AuditStore(registry.database);
    private final AuditStoreListener listener = new AuditStoreListener(store,
            new DocumentPatients(registry.database));

    @AfterEach
    void close() {
        registry.close();
    }

    static TransactionEvent event(Transaction transaction, Outcome outcome, Caller caller, String patientKey,
                                  List<String> documents, String action, List<String> errorCodes) {
        return new TransactionEvent(transaction, outcome, caller, START, END, patientKey, null, documents, null,
                action, errorCodes, null);
    }

    private String registered(String patient) {
        DocumentEntry de = SampleData.documentEntry("Document01", patient)
                .hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L).repositoryUniqueId(REPOSITORY_ID).build();
        registry.register.register(SubmissionMapper.toEbRim(SampleData.submission(patient, List.of(de))),
                TestRegistry.CALLER, Profile.ITI_42, new TransactionContext());
        return de.uniqueId();
    }

    @Test
    void anEventIsStoredWithWhoActedInWhichModeAndWhen() throws SQLException {
        listener.onTransaction(new TransactionEvent(Transaction.ITI_41, Outcome.SUCCESS, EMERGENCY_DOCTOR, START, END,
                PATIENT_KEY, "1.2.3.9", List.of("1.2.3.1", "1.2.3.2"), null, null, List.of(), null));

        assertThat(store.newestFirst(PATIENT_KEY, null, 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.withId(0)).isEqualTo(new AuditRecord(0L, END, Transaction.ITI_41, null, Outcome.SUCCESS,
                    List.of(), null, new Requestor("810000000002", "Dr Paul Durand", Actor.Kind.PROFESSIONAL, MEDECIN,
                    "STRUCT-B", AccessMode.BRIS_DE_GLACE, "192.0.2.11"), PATIENT_KEY, List.of("1.2.3.1", "1.2.3.2"),
                    "1.2.3.9", null));
            assertThat(r.requestor().emergency()).isTrue();
        });
        assertThat(listener.failures()).isZero();
    }

    @Test
    void anEventWithoutPatientOrCallerIsStoredToo() throws SQLException {
        listener.onTransaction(event(Transaction.ITI_42, Outcome.FAILURE, null, null, List.of(), null,
                List.of("XDSRegistryMetadataError")));

        assertThat(store.count(PATIENT_KEY, null)).isZero();
        assertThat(listener.failures()).isZero();
        assertThat(TestDatabase.count(registry.database, "SELECT COUNT(*) FROM audit_event WHERE patient_key IS NULL "
                + "AND actor_id IS NULL AND error_codes = ?", "XDSRegistryMetadataError")).isEqualTo(1);
    }

    @Test
    void aRetrieveIsFiledUnderThePatientOfEachDocumentItNamed() throws SQLException {
        String mine = registered(PATIENT);
        String theirs = registered(OTHER_PATIENT);

        listener.onTransaction(event(Transaction.ITI_43, Outcome.PARTIAL_SUCCESS, EMERGENCY_DOCTOR, null,
                List.of(theirs, "1.2.3.404", mine), null, List.of("XDSDocumentUniqueIdError")));

        assertThat(store.newestFirst(PATIENT_KEY, null, 0, 10)).extracting(AuditRecord::documentIds)
                .containsExactly(List.of(mine));
        assertThat(store.newestFirst(OTHER_PATIENT_KEY, null, 0, 10)).extracting(AuditRecord::documentIds)
                .containsExactly(List.of(theirs));
        assertThat(TestDatabase.count(registry.database, "SELECT COUNT(*) FROM audit_event e JOIN audit_event_document "
                + "d ON d.event_id = e.id WHERE e.patient_key IS NULL AND d.document_unique_id = ?", "1.2.3.404"))
                .isEqualTo(1);
    }

    @Test
    void aStoreThatFailsIsCountedAndLoggedByClassOnlyAndNeverThrows() {
        registry.close();
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            listener.onTransaction(event(Transaction.ITI_43, Outcome.SUCCESS, EMERGENCY_DOCTOR, PATIENT_KEY,
                    List.of("1.2.3.1"), null, List.of()));
            listener.onTransaction(event(Transaction.ITI_18, Outcome.SUCCESS, EMERGENCY_DOCTOR, PATIENT_KEY,
                    List.of(), null, List.of()));
        } finally {
            System.setErr(stderr);
        }

        assertThat(listener.failures()).isEqualTo(2);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("WARN").contains("audit trace of an ITI-43 transaction not stored (1 failures "
                + "since start): java.sql.SQLException").contains("(2 failures since start)");
        assertThat(logged).doesNotContain(PATIENT_KEY).doesNotContain("1.2.3.1");
    }
}
