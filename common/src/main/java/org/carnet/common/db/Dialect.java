package org.carnet.common.db;

import java.util.Map;

/**
 * What differs between the databases Carnet runs on. SQL is written once, portably; the few types that
 * differ reach the migrations as Flyway placeholders. H2 runs in PostgreSQL mode, so most SQL is shared.
 */
public enum Dialect {
    H2(Map.of("binary", "BYTEA")),
    POSTGRESQL(Map.of("binary", "BYTEA"));

    private final Map<String, String> placeholders;

    Dialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public Map<String, String> placeholders() {
        return placeholders;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL " + Database.redacted(jdbcUrl)
                + ": Carnet runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...)");
    }

    /** SQLSTATE of a unique-constraint violation, the same in H2 and PostgreSQL. */
    public static boolean isUniqueViolation(java.sql.SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
