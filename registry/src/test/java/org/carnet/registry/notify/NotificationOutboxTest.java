package org.carnet.registry.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.registry.notify.OutboxDatabase.START;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's claims and order, straight on the database (schema 9), as several senders would share them. */
class NotificationOutboxTest {
    static final String P = "P^^^&1.2.250.1.213.1.4.10&ISO";
    static final String Q = "Q^^^&1.2.250.1.213.1.4.10&ISO";
    static final Duration LEASE = Duration.ofMinutes(1);

    OutboxDatabase db;
    NotificationOutbox outbox;

    @BeforeEach
    void open() {
        db = new OutboxDatabase();
        outbox = db.outbox;
        db.emergencyAccess(P);
        db.emergencyAccess(P);
        db.emergencyAccess(Q);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlyTheOldestUnsettledNotificationOfEachPatientIsDue() throws SQLException {
        List<OutgoingNotification> due = outbox.due(START, 10);

        assertThat(due).extracting(OutgoingNotification::patientKey).containsExactly(P, Q);
        OutgoingNotification first = due.get(0);
        assertThat(first.kind()).isEqualTo("EMERGENCY_ACCESS");
        assertThat(first.actorId()).isEqualTo("810000000005");
        assertThat(first.actorName()).isEqualTo("EVA URGENTISTE");
        assertThat(first.accessMode()).isEqualTo("bris_de_glace");
        assertThat(first.detail()).isEqualTo("read documents in emergency mode");
        assertThat(first.createdAt()).isEqualTo(START);
        assertThat(first.attempts()).isZero();
        assertThat(due.get(1).id()).isNotEqualTo(first.id());
        assertThat(outbox.due(START, 1)).containsExactly(first);
    }

    @Test
    void aDeliveryMakesThePatientsNextNotificationDueAndIsNeverDueAgain() throws SQLException {
        OutgoingNotification p1 = outbox.due(START, 10).get(0);
        assertThat(outbox.claim(p1, "a", START, START.plus(LEASE))).isTrue();
        assertThat(outbox.due(START, 10)).extracting(OutgoingNotification::patientKey).containsExactly(Q);

        assertThat(outbox.delivered(p1, "a", START)).isTrue();

        List<OutgoingNotification> due = outbox.due(START.plus(Duration.ofDays(1)), 10);
        assertThat(due).extracting(OutgoingNotification::patientKey).containsExactly(P, Q);
        assertThat(due.get(0).sequence()).isGreaterThan(p1.sequence());
        assertThat(outbox.unsettled()).isEqualTo(2);
    }

    @Test
    void aClaimIsWonByOneSenderOnly() throws Exception {
        OutgoingNotification p1 = outbox.due(START, 10).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> senders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String sender = "sender-" + i;
                senders.add(() -> outbox.claim(p1, sender, START, START.plus(LEASE)));
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(senders)) {
                won.add(f.get());
            }
            assertThat(won).containsOnlyOnce(true);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetryWaitsForItsTimeAndHoldsUpThePatientsLaterNotifications() throws SQLException {
        OutgoingNotification p1 = outbox.due(START, 10).get(0);
        outbox.claim(p1, "a", START, START.plus(LEASE));
        Instant next = START.plusSeconds(30);

        assertThat(outbox.retryAt(p1, "a", next, "HTTP 503")).isTrue();

        assertThat(outbox.due(START.plusSeconds(29), 10)).extracting(OutgoingNotification::patientKey)
                .containsExactly(Q);
        OutgoingNotification again = outbox.due(next, 10).get(0);
        assertThat(again.id()).isEqualTo(p1.id());
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(outbox.claim(again, "b", START.plusSeconds(29), START.plus(LEASE))).isFalse();
        assertThat(outbox.claim(again, "b", next, next.plus(LEASE))).isTrue();
    }

    @Test
    void aGivenUpNotificationIsSettledAndNoLongerHoldsUpThePatient() throws SQLException {
        OutgoingNotification p1 = outbox.due(START, 10).get(0);
        outbox.claim(p1, "a", START, START.plus(LEASE));

        assertThat(outbox.givenUp(p1, "a", START, "HTTP 400")).isTrue();

        List<OutgoingNotification> due = outbox.due(START, 10);
        assertThat(due).extracting(OutgoingNotification::patientKey).containsExactly(P, Q);
        assertThat(due).extracting(OutgoingNotification::id).doesNotContain(p1.id());
        assertThat(outbox.unsettled()).isEqualTo(2);
    }

    @Test
    void theClaimOfASenderThatDiedIsTakenOverOnceItsLeaseHasPassed() throws SQLException {
        OutgoingNotification p1 = outbox.due(START, 10).get(0);
        outbox.claim(p1, "dead", START, START.plus(LEASE));
        assertThat(outbox.due(START.plus(LEASE).minusSeconds(1), 10)).extracting(OutgoingNotification::patientKey)
                .containsExactly(Q);

        Instant later = START.plus(LEASE);
        assertThat(outbox.due(later, 10)).extracting(OutgoingNotification::id).contains(p1.id());
        assertThat(outbox.claim(p1, "alive", later, later.plus(LEASE))).isTrue();

        // the first sender comes back: its outcome is not recorded over the one that holds the claim
        assertThat(outbox.delivered(p1, "dead", later)).isFalse();
        assertThat(outbox.delivered(p1, "alive", later)).isTrue();
    }

    @Test
    void releasedClaimsAreDueAtOnceWithTheirAttemptsUnchanged() throws SQLException {
        List<OutgoingNotification> due = outbox.due(START, 10);
        for (OutgoingNotification n : due) {
            outbox.claim(n, "stopping", START, START.plus(LEASE));
        }
        assertThat(outbox.due(START, 10)).isEmpty();

        assertThat(outbox.release("someone else")).isZero();
        assertThat(outbox.release("stopping")).isEqualTo(2);

        assertThat(outbox.due(START, 10)).containsExactlyElementsOf(due);
    }
}
