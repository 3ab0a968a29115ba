package org.carnet.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * The node's database: a connection pool and the schema migrations of each module. Each module
 * (registry, repository) migrates its own tables from its own folder with its own history table, so that
 * a registry and a repository may also live in separate databases.
 */
public final class Database implements AutoCloseable {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    private final HikariDataSource dataSource;
    private final Dialect dialect;

    public Database(String url, String user, String password, int poolSize) {
        this.dialect = Dialect.of(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(true);
        config.setPoolName("carnet");
        this.dataSource = new HikariDataSource(config);
    }

    /**
     * The URL with any {@code password=} parameter masked (PostgreSQL's driver takes one in the URL), for logs
     * and messages: a password is never printed.
     */
    public static String redacted(String jdbcUrl) {
        return PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1****");
    }

    /** Brings the module's tables to the newest schema version (classpath {@code db/<module>/V*.sql}). */
    public void migrate(String module) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + module)
                .table("schema_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs work in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(TransactionWork<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
