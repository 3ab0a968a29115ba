package org.carnet.repository.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.carnet.common.db.Dialect;
import org.carnet.common.db.ThrowawayDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The repository index when two submissions store the same document uniqueId at once: the second insert waits for
 * the first transaction, then collides. PostgreSQL aborts a transaction on a failed statement, so only the savepoint
 * around each insert lets the rest of the submission be stored (H2 would carry on without it).
 */
class RepositoryIndexTest {
    static final Instant NOW = Instant.parse("2024-05-02T10:15:30Z");
    static final String SHA1 = "0123456789abcdef0123456789abcdef01234567";

    private final ThrowawayDatabase throwaway = ThrowawayDatabase.migrated("repository", 4);
    private final RepositoryIndex index = new RepositoryIndex(throwaway.database());

    @AfterEach
    void close() {
        throwaway.close();
    }

    @Test
    void aUniqueIdStoredConcurrentlyIsLeftToTheOtherAndTheRestIsStored() throws Exception {
        CompletableFuture<List<String>> added;
        try (Connection other = throwaway.database().dataSource().getConnection()) {
            other.setAutoCommit(false);
            insert(other, "1.2.3.shared");
            added = CompletableFuture.supplyAsync(() -> {
                try {
                    return index.addAll(List.of(document("1.2.3.shared"), document("1.2.3.own")), NOW);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitBlockedSession();
            other.commit();
            other.setAutoCommit(true);
        }

        assertThat(added.get(30, TimeUnit.SECONDS)).containsExactly("1.2.3.own");
        assertThat(index.find("1.2.3.shared")).isPresent();
        assertThat(index.find("1.2.3.own")).isPresent();
    }

    private static PendingDocument document(String uniqueId) {
        return new PendingDocument(uniqueId, SHA1, 3, "text/plain");
    }

    private static void insert(Connection c, String uniqueId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO repository_document "
                + "(unique_id, hash, size, mime_type, stored_at) VALUES (?, ?, 3, 'text/plain', ?)")) {
            s.setString(1, uniqueId);
            s.setString(2, SHA1);
            s.setTimestamp(3, Timestamp.from(NOW));
            s.executeUpdate();
        }
    }

    /** Until the concurrent insert waits for our lock: the collision must happen, not be avoided by timing. */
    private void awaitBlockedSession() throws Exception {
        String waiting = throwaway.database().dialect() == Dialect.POSTGRESQL
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                // H2 names no blocker for a row lock: its session is inside the insert, which cannot end before us
                : "SELECT COUNT(*) FROM information_schema.sessions "
                        + "WHERE executing_statement LIKE 'INSERT INTO repository_document%'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection c = throwaway.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(waiting)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the concurrent insert never waited for the uncommitted one");
    }
}
