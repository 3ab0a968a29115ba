package org.carnet.repository.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carnet.common.db.Database;
import org.carnet.common.db.Dialect;

/** Which stored bytes each document uniqueId has: the repository's own table, {@code repository_document}. */
public final class RepositoryIndex {
    private final Database database;

    public RepositoryIndex(Database database) {
        this.database = database;
    }

    /** A stored document: its content address, size and mime type. */
    public record Entry(String documentUniqueId, String sha1, long size, String mimeType) {
    }

    /**
     * Adds the documents in one transaction; returns the uniqueIds this call added (a uniqueId already there is
     * left as it is: the registry decides whether the submission is a duplicate).
     */
    public List<String> addAll(List<PendingDocument> documents, Instant now) throws SQLException {
        return database.inTransaction(c -> {
            List<String> added = new ArrayList<>();
            // NOT EXISTS skips uniqueIds already stored; a concurrent insert of the same uniqueId can still collide,
            // and PostgreSQL aborts a transaction on any failed statement, so each insert has its own savepoint
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO repository_document "
                    + "(unique_id, hash, size, mime_type, stored_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM repository_document WHERE unique_id = ?)")) {
                for (PendingDocument d : documents) {
                    insert.setString(1, d.documentUniqueId());
                    insert.setString(2, d.sha1());
                    insert.setLong(3, d.size());
                    insert.setString(4, d.mimeType());
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.setString(6, d.documentUniqueId());
                    Savepoint savepoint = c.setSavepoint();
                    try {
                        if (insert.executeUpdate() == 1) {
                            added.add(d.documentUniqueId());
                        }
                    } catch (SQLException e) {
                        if (!Dialect.isUniqueViolation(e)) {
                            throw e;
                        }
                        c.rollback(savepoint);
                    }
                }
            }
            return added;
        });
    }

    public void removeAll(List<String> documentUniqueIds) throws SQLException {
        database.inTransaction(c -> removeAll(c, documentUniqueIds));
    }

    /**
     * Removes these documents' rows in the caller's transaction; returns the hashes they had, whose bytes may go
     * once it commits and no other document has them ({@link #hashInUse}).
     */
    public Set<String> removeAll(Connection c, Collection<String> documentUniqueIds) throws SQLException {
        Set<String> hashes = new LinkedHashSet<>();
        for (String id : documentUniqueIds) {
            find(c, id).ifPresent(e -> hashes.add(e.sha1()));
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM repository_document WHERE unique_id = ?")) {
            for (String id : documentUniqueIds) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        return hashes;
    }

    public Optional<Entry> find(String documentUniqueId) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return find(c, documentUniqueId);
        }
    }

    private static Optional<Entry> find(Connection c, String documentUniqueId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT hash, size, mime_type FROM repository_document WHERE unique_id = ?")) {
            select.setString(1, documentUniqueId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Entry(documentUniqueId, rs.getString(1), rs.getLong(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Whether any stored document has these bytes (content-addressed files may be shared). */
    public boolean hashInUse(String sha1) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT 1 FROM repository_document WHERE hash = ? FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, sha1);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("repository database failure", e);
        }
    }
}
