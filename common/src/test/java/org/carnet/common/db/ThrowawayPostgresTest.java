package org.carnet.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The tests' own PostgreSQL cluster: databases apart from each other, loopback only, passwords checked. */
class ThrowawayPostgresTest {
    private final ThrowawayPostgres cluster = ThrowawayPostgres.get();

    @Test
    void eachDatabaseIsApartAndIsDroppedWhole() throws SQLException {
        String first = cluster.createDatabase();
        String second = cluster.createDatabase();
        execute(first, "CREATE TABLE only_here (id INTEGER)");

        assertThat(tableCount(first, "only_here")).isEqualTo(1);
        assertThat(tableCount(second, "only_here")).isZero();

        try (Connection leftOpen = DriverManager.getConnection(cluster.url(first), ThrowawayPostgres.SUPERUSER, "")) {
            cluster.dropDatabase(first);
            assertThat(leftOpen.isValid(2)).isFalse();
        }
        cluster.dropDatabase(second);
        assertThatThrownBy(() -> execute(first, "SELECT 1")).isInstanceOf(SQLException.class)
                .hasMessageContaining(first);
    }

    @Test
    void listensOnLoopbackOnly() throws SQLException {
        try (Connection c = DriverManager.getConnection(cluster.url("postgres"), ThrowawayPostgres.SUPERUSER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
        }
    }

    /** As a node's own role would: the superuser alone is trusted. */
    @Test
    void anyOtherRoleMustGiveItsPassword() throws SQLException {
        String role = "r_" + UUID.randomUUID().toString().replace("-", "");
        cluster.admin("CREATE ROLE " + role + " LOGIN PASSWORD 'right horse'");

        try (Connection c = DriverManager.getConnection(cluster.url("postgres"), role, "right horse")) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(cluster.url("postgres"), role, "wrong horse"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        cluster.admin("DROP ROLE " + role);
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(cluster.url(database), ThrowawayPostgres.SUPERUSER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long tableCount(String database, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(cluster.url(database), ThrowawayPostgres.SUPERUSER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_tables WHERE tablename = '" + table + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
