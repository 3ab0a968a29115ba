package org.carnet.registry.notify;

import java.time.Instant;

import org.carnet.common.TestClock;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.db.ThrowawayDatabase;
import org.carnet.common.policy.Actor;
import org.carnet.registry.patient.PatientNotifications;

/** A registry database of its own ({@link ThrowawayDatabase}: H2 or PostgreSQL), and notifications recorded as the access policy records them. */
final class OutboxDatabase implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    static final Caller EMERGENCY = new Caller(Actor.professional("810000000005", "10", "SM26", "410000000005001"),
            "EVA URGENTISTE", AccessMode.BRIS_DE_GLACE, null, null, "127.0.0.1");

    private final ThrowawayDatabase throwaway = ThrowawayDatabase.migrated("registry", 8);
    final Database database = throwaway.database();
    final TestClock clock = new TestClock(START);
    final PatientNotifications notifications = new PatientNotifications(database, clock);
    final NotificationOutbox outbox = new NotificationOutbox(database);

    /** An emergency access to the patient's dossier, notified. */
    void emergencyAccess(String patientKey) {
        notifications.record(patientKey, PatientNotifications.EMERGENCY_ACCESS, EMERGENCY,
                "read documents in emergency mode");
    }

    @Override
    public void close() {
        throwaway.close();
    }
}
