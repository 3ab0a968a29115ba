package org.carnet.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.carnet.common.access.AccessMode;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.registry.QueryPlan;
import org.carnet.registry.TestRegistry;
import org.carnet.registry.audit.AuditRecord.Requestor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local audit trail: append-only, newest first, paged at exact boundaries, one patient at a time. */
class AuditStoreTest {
    static final String PATIENT = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";
    static final String OTHER_PATIENT = "179105613712345^^^&1.2.250.1.213.1.4.10&ISO";
    static final Instant MORNING = Instant.parse("2025-03-04T08:00:00Z");
    static final Requestor DR_MARTIN = new Requestor("810000000001", "Dr Alice Martin", Actor.Kind.PROFESSIONAL,
            new Code("10", "1.2.250.1.71.1.2.7", "Médecin"), "STRUCT-A", AccessMode.NORMAL, "192.0.2.10");
    static final Requestor DR_DURAND = new Requestor("810000000002", "Dr Paul Durand", Actor.Kind.PROFESSIONAL,
            new Code("10", "1.2.250.1.71.1.2.7", "Médecin"), "STRUCT-B", AccessMode.BRIS_DE_GLACE, "192.0.2.11");

    private final TestRegistry registry = new TestRegistry();
    private final AuditStore store = new AuditStore(registry.database);

    @AfterEach
    void close() {
        registry.close();
    }

    /** A read of one document at {@code minute} past {@link #MORNING}. */
    static AuditRecord read(int minute, Requestor who, String patient, String document) {
        return new AuditRecord(null, MORNING.plusSeconds(60L * minute), Transaction.ITI_43, null, Outcome.SUCCESS,
                List.of(), null, who, patient, List.of(document), null, null);
    }

    private AuditRecord append(AuditRecord record) throws SQLException {
        return store.append(List.of(record)).get(0);
    }

    private static List<String> documents(List<AuditRecord> page) {
        return page.stream().map(r -> r.documentIds().get(0)).toList();
    }

    @Test
    void aRecordReadsBackExactlyAsAppended() throws SQLException {
        AuditRecord full = new AuditRecord(null, MORNING, Transaction.ITI_41, null, Outcome.PARTIAL_SUCCESS,
                List.of("XDSRepositoryMetadataError", "XDSMissingDocument"), "a1b2", DR_DURAND, PATIENT,
                List.of("1.2.3.3", "1.2.3.1", "1.2.3.2"), "1.2.3.9", "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d");
        AuditRecord bare = new AuditRecord(null, MORNING, Transaction.DOSSIER, "OPEN", Outcome.FAILURE, List.of(),
                null, null, PATIENT, List.of(), null, null);

        List<AuditRecord> stored = store.append(List.of(full, bare));

        assertThat(stored.get(1).id()).isEqualTo(stored.get(0).id() + 1);
        assertThat(store.newestFirst(PATIENT, null, 0, 10)).containsExactly(bare.withId(stored.get(1).id()),
                full.withId(stored.get(0).id()));
    }

    @Test
    void newestFirstInPagesWithExactBoundaries() throws SQLException {
        for (int i = 1; i <= 5; i++) {
            append(read(i, DR_MARTIN, PATIENT, "1.2.3." + i));
        }

        assertThat(documents(store.newestFirst(PATIENT, null, 0, 2))).containsExactly("1.2.3.5", "1.2.3.4");
        assertThat(documents(store.newestFirst(PATIENT, null, 1, 2))).containsExactly("1.2.3.3", "1.2.3.2");
        assertThat(documents(store.newestFirst(PATIENT, null, 2, 2))).containsExactly("1.2.3.1");
        assertThat(store.newestFirst(PATIENT, null, 3, 2)).isEmpty();
        assertThat(documents(store.newestFirst(PATIENT, null, 0, 5))).containsExactly("1.2.3.5", "1.2.3.4",
                "1.2.3.3", "1.2.3.2", "1.2.3.1");
        assertThat(documents(store.newestFirst(PATIENT, null, 1, 5))).isEmpty();
        assertThat(store.count(PATIENT, null)).isEqualTo(5);
    }

    @Test
    void newestMeansLastRecordedWhateverTheClockSaid() throws SQLException {
        append(read(10, DR_MARTIN, PATIENT, "1.2.3.1"));
        append(read(9, DR_MARTIN, PATIENT, "1.2.3.2")); // a transaction that ended earlier but was told later

        assertThat(documents(store.newestFirst(PATIENT, null, 0, 10))).containsExactly("1.2.3.2", "1.2.3.1");
    }

    @Test
    void aPatientSeesOnlyTheirOwnRecordsTraces() throws SQLException {
        append(read(1, DR_MARTIN, PATIENT, "1.2.3.1"));
        append(read(2, DR_MARTIN, OTHER_PATIENT, "1.2.3.2"));
        append(read(3, DR_DURAND, PATIENT, "1.2.3.3"));
        append(read(4, DR_MARTIN, null, "1.2.3.4"));

        assertThat(documents(store.newestFirst(PATIENT, null, 0, 10))).containsExactly("1.2.3.3", "1.2.3.1");
        assertThat(documents(store.newestFirst(OTHER_PATIENT, null, 0, 10))).containsExactly("1.2.3.2");
        assertThat(store.count(PATIENT, null)).isEqualTo(2);
        assertThat(store.count(OTHER_PATIENT, null)).isEqualTo(1);
        assertThat(TestDatabase.count(registry.database, "SELECT COUNT(*) FROM audit_event WHERE patient_key IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void oneActorsOwnTracesOnly() throws SQLException {
        for (int i = 1; i <= 4; i++) {
            append(read(i, i % 2 == 0 ? DR_DURAND : DR_MARTIN, PATIENT, "1.2.3." + i));
        }
        append(read(5, DR_DURAND, OTHER_PATIENT, "1.2.3.5"));

        assertThat(documents(store.newestFirst(PATIENT, DR_DURAND.id(), 0, 1))).containsExactly("1.2.3.4");
        assertThat(documents(store.newestFirst(PATIENT, DR_DURAND.id(), 1, 1))).containsExactly("1.2.3.2");
        assertThat(store.newestFirst(PATIENT, DR_DURAND.id(), 2, 1)).isEmpty();
        assertThat(store.count(PATIENT, DR_DURAND.id())).isEqualTo(2);
        assertThat(store.count(PATIENT, "810000000404")).isZero();
    }

    @Test
    void appendingLeavesEveryEarlierRowAsItWas() throws SQLException {
        AuditRecord first = append(read(1, DR_MARTIN, PATIENT, "1.2.3.1"));
        IntStream.rangeClosed(2, 30).forEach(i -> {
            try {
                append(read(i, DR_DURAND, PATIENT, "1.2.3." + i));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(store.newestFirst(PATIENT, null, 29, 1)).containsExactly(first);
        assertThat(TestDatabase.count(registry.database, "SELECT COUNT(*) FROM audit_event_document")).isEqualTo(30);
    }

    /** Append-only by construction: nothing public but appending and reading. */
    @Test
    void theStoreOffersNoUpdateAndNoDelete() {
        List<String> methods = Arrays.stream(AuditStore.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).sorted().toList();

        assertThat(methods).containsExactly("append", "count", "newestFirst");
    }

    @Test
    void pagesAreBounded() {
        assertThatThrownBy(() -> store.newestFirst(PATIENT, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.newestFirst(PATIENT, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.newestFirst(PATIENT, null, 0, AuditStore.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageIsReadThroughThePatientIndexes() throws SQLException {
        QueryPlan patient = QueryPlan.of(registry.database, AuditStore.pageSql(PATIENT, null, 3, 50));
        QueryPlan actor = QueryPlan.of(registry.database, AuditStore.pageSql(PATIENT, DR_MARTIN.id(), 3, 50));

        assertThat(patient.readsIndex("audit_event_patient")).as(patient.text()).isTrue();
        assertThat(actor.readsIndex("audit_event_patient_actor")).as(actor.text()).isTrue();
    }
}
