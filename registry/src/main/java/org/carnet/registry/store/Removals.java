package org.carnet.registry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Removing registry objects (ITI-62): every row of an object, in its own table and its index tables. */
public final class Removals {
    /** A table holding rows of an object, and the column that names the object. */
    private record Table(String name, String column) {
    }

    /** For each kind, its tables: index tables first, the object's own table last. */
    private static final Map<ObjectKind, List<Table>> TABLES = Map.of(
            ObjectKind.DOCUMENT_ENTRY, List.of(new Table("document_code", "entry_uuid"),
                    new Table("document_author", "entry_uuid"), new Table("document_reference_id", "entry_uuid"),
                    new Table("document_entry", "uuid")),
            ObjectKind.SUBMISSION_SET, List.of(new Table("submission_set_author", "submission_set_uuid"),
                    new Table("submission_set", "uuid")),
            ObjectKind.FOLDER, List.of(new Table("folder_code", "folder_uuid"), new Table("folder", "uuid")),
            ObjectKind.ASSOCIATION, List.of(new Table("association", "uuid")));

    /** The associations that name any of these objects, as source or target. */
    public List<String> associationsOf(Connection c, Collection<String> uuids) throws SQLException {
        List<String> found = new ArrayList<>();
        if (uuids.isEmpty()) {
            return found;
        }
        Sql sql = new Sql.Builder().append("SELECT uuid FROM association WHERE source_uuid IN ")
                .appendList(new HashSet<>(uuids)).append(" OR target_uuid IN ").appendList(new HashSet<>(uuids))
                .build();
        try (PreparedStatement s = RegistryStore.prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    public void remove(Connection c, Collection<RegistryStore.ObjectInfo> objects) throws SQLException {
        for (RegistryStore.ObjectInfo object : objects) {
            for (Table table : TABLES.get(object.kind())) {
                // table and column names come from the fixed map above, never from a request
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM " + table.name() + " WHERE " + table.column() + " = ?")) {
                    delete.setString(1, object.uuid());
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM registry_object WHERE uuid = ?")) {
                delete.setString(1, object.uuid());
                delete.executeUpdate();
            }
        }
    }
}
