package org.carnet.registry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The versions of registry objects (Metadata Update, ITI TF-3 4.1.12.2: one logical id, versions 1, 2, ...). */
public final class Versions {

    /** The newest version of a versioned object. */
    public record Version(String uuid, int version, String status, String uniqueId, String patientKey) {
    }

    /** The newest version of a document entry's or a folder's logical id. */
    public Optional<Version> latestVersion(Connection c, ObjectKind kind, String logicalId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT uuid, version, status, unique_id, patient_key "
                + "FROM " + table(kind) + " WHERE lid = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, logicalId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Version(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))) : Optional.empty();
            }
        }
    }

    /** Sets the availability status of a document entry or a folder. */
    public void setStatus(Connection c, ObjectKind kind, String uuid, String status) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE " + table(kind) + " SET status = ? WHERE uuid = ?")) {
            update.setString(1, status);
            update.setString(2, uuid);
            update.executeUpdate();
        }
    }

    /** Only document entries and folders have versions and a status of their own to change. */
    private static String table(ObjectKind kind) {
        return switch (kind) {
            case DOCUMENT_ENTRY -> "document_entry";
            case FOLDER -> "folder";
            default -> throw new IllegalArgumentException("only document entries and folders are versioned: " + kind);
        };
    }
}
