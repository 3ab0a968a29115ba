package org.carnet.registry.patient;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.carnet.common.TestClock;
import org.carnet.common.db.Database;

/** An in-memory registry database of its own and a clock the test moves, for the dossier tests. */
final class DossierDatabase implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    final Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", 4);
    final TestClock clock = new TestClock(START);

    DossierDatabase() {
        database.migrate("registry");
    }

    @Override
    public void close() {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        }
        database.close();
    }
}
