package org.carnet.registry.patient;

import java.time.Instant;

import org.carnet.common.TestClock;
import org.carnet.common.db.Database;
import org.carnet.common.db.ThrowawayDatabase;

/** A registry database of its own ({@link ThrowawayDatabase}) and a clock the test moves, for the dossier tests. */
final class DossierDatabase implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final ThrowawayDatabase throwaway = ThrowawayDatabase.migrated("registry", 4);
    final Database database = throwaway.database();
    final TestClock clock = new TestClock(START);

    @Override
    public void close() {
        throwaway.close();
    }
}
