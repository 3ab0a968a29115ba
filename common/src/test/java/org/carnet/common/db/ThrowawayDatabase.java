package org.carnet.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty database of one test's own, on the engine the system property {@value #PROPERTY} names:
 * {@code h2} (the default: in memory, named by a UUID, in PostgreSQL mode as the node opens its H2 file) or
 * {@code postgresql} (a new database in the JVM's {@link ThrowawayPostgres} cluster). The registry and
 * repository poms run their suites once on each.
 */
public final class ThrowawayDatabase implements AutoCloseable {
    public static final String PROPERTY = "carnet.test.database";

    /** The options the node gives its H2 file (server Settings), in memory and kept until closed. */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1";

    private final Database database;
    private final String postgresName;

    private ThrowawayDatabase(Database database, String postgresName) {
        this.database = database;
        this.postgresName = postgresName;
    }

    /** A new database with the module's tables at the newest schema version, and a pool of {@code poolSize}. */
    public static ThrowawayDatabase migrated(String module, int poolSize) {
        return switch (engine()) {
            case H2 -> {
                Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + H2_OPTIONS, "sa", "", poolSize);
                database.migrate(module);
                yield new ThrowawayDatabase(database, null);
            }
            case POSTGRESQL -> {
                ThrowawayPostgres cluster = ThrowawayPostgres.get();
                String name = cluster.createMigratedDatabase(module);
                yield new ThrowawayDatabase(new Database(cluster.url(name), ThrowawayPostgres.SUPERUSER, "", poolSize),
                        name);
            }
        };
    }

    /** The engine the tests of this JVM run on. */
    public static Dialect engine() {
        String value = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "h2" -> Dialect.H2;
            case "postgresql" -> Dialect.POSTGRESQL;
            default -> throw new IllegalArgumentException(PROPERTY + "=" + value + ": expected h2 or postgresql");
        };
    }

    public Database database() {
        return database;
    }

    /** Closes the pool and throws the data away. */
    @Override
    public void close() {
        if (postgresName == null) {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already shut down by the test
            }
        }
        database.close();
        if (postgresName != null) {
            ThrowawayPostgres.get().dropDatabase(postgresName);
        }
    }
}
