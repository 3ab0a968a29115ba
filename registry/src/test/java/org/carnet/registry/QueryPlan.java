package org.carnet.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.carnet.common.db.Database;
import org.carnet.common.db.Dialect;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.Sql;

/**
 * The plan a database makes for a statement with its binds, read the same way on H2 and on PostgreSQL.
 *
 * <p>PostgreSQL rightly scans a table of a few rows rather than read an index, so its plans are made with
 * {@code enable_seqscan = off}: a sequential scan that remains means that no index can serve the statement,
 * which is what these tests ask (on a hospital's tables the planner then has the choice).
 */
public record QueryPlan(Dialect engine, List<String> lines) {

    public static QueryPlan of(Database database, Sql sql) throws SQLException {
        boolean postgres = database.dialect() == Dialect.POSTGRESQL;
        try (Connection c = database.dataSource().getConnection()) {
            if (postgres) {
                execute(c, "SET enable_seqscan = off");
            }
            try (PreparedStatement explain = RegistryStore.prepare(c, new Sql("EXPLAIN " + sql.text(), sql.binds()));
                 ResultSet rs = explain.executeQuery()) {
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(rs.getString(1).replaceAll("\\s+", " ").trim());
                }
                return new QueryPlan(database.dialect(), lines);
            } finally {
                if (postgres) {
                    execute(c, "RESET enable_seqscan"); // the connection goes back to the pool
                }
            }
        }
    }

    private static void execute(Connection c, String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Whether some table is read through an index by a condition on it (not scanned whole, index or not). */
    public boolean readsIndex(String index) {
        return switch (engine) {
            case H2 -> text().contains("/* public." + index + ":"); // H2 names the condition after the colon
            case POSTGRESQL -> {
                Pattern node = Pattern.compile("(using|Index Scan on) " + Pattern.quote(index) + "( |$)");
                for (int i = 0; i + 1 < lines.size(); i++) {
                    if (node.matcher(lines.get(i)).find() && lines.get(i + 1).startsWith("Index Cond:")) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    /** Whether some table is read whole. */
    public boolean scansATable() {
        return switch (engine) {
            case H2 -> text().toLowerCase().contains("tablescan");
            case POSTGRESQL -> text().contains("Seq Scan");
        };
    }

    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return text();
    }
}
