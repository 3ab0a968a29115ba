package org.carnet.registry.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.registry.patient.DossierDatabase.START;
import static org.carnet.registry.patient.DossierDirectoryTest.KEY;

import java.time.Duration;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.policy.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Notifications told to the patient (dmp-reference 3: every emergency access), newest first, by page. */
class PatientNotificationsTest {
    static final Caller EMERGENCY_DOCTOR = new Caller(Actor.professional("810000000010", "10", "SM26", null),
            "URGENTISTE", AccessMode.BRIS_DE_GLACE, null, null, null);

    private final DossierDatabase db = new DossierDatabase();
    private final PatientNotifications notifications = new PatientNotifications(db.database, db.clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsWhoActedInWhichModeAndListsNewestFirstByPage() {
        notifications.record(KEY, PatientNotifications.EMERGENCY_ACCESS, EMERGENCY_DOCTOR, "first");
        db.clock.advance(Duration.ofMinutes(5));
        notifications.record(KEY, PatientNotifications.EMERGENCY_ACCESS, EMERGENCY_DOCTOR, "second");
        db.clock.advance(Duration.ofMinutes(5));
        notifications.record(KEY, PatientNotifications.EMERGENCY_ACCESS, EMERGENCY_DOCTOR, "third");
        notifications.record("other^^^&1.2.3&ISO", "EMERGENCY_ACCESS", EMERGENCY_DOCTOR, "not this patient's");

        assertThat(notifications.list(KEY, 0, 2)).extracting(Notification::detail).containsExactly("third", "second");
        assertThat(notifications.list(KEY, 1, 2)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("EMERGENCY_ACCESS");
            assertThat(n.actorId()).isEqualTo("810000000010");
            assertThat(n.actorName()).isEqualTo("URGENTISTE");
            assertThat(n.accessMode()).isEqualTo("bris_de_glace");
            assertThat(n.detail()).isEqualTo("first");
            assertThat(n.createdAt()).isEqualTo(START);
        });
        assertThat(notifications.list(KEY, 2, 2)).isEmpty();
    }

    @Test
    void aPageIsBounded() {
        assertThatThrownBy(() -> notifications.list(KEY, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.list(KEY, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.list(KEY, 0, PatientNotifications.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
