package org.carnet.registry.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Confidentiality;
import org.carnet.registry.store.CodeAttribute;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.Sql;

/** Reads registered document entries as the access rules see them ({@link RegisteredDocument}). */
public final class RegisteredDocuments {
    private RegisteredDocuments() {
    }

    /** The entries with these entryUUIDs. */
    public static Map<String, RegisteredDocument> byUuid(Connection c, Collection<String> uuids) throws SQLException {
        return read(c, "d.uuid", uuids);
    }

    /**
     * The newest version of each document with one of these uniqueIds (ITI-57 masks a document with a new
     * version: the newest says what may be read), keyed by uniqueId.
     */
    public static Map<String, RegisteredDocument> newestByUniqueId(Connection c, Collection<String> uniqueIds)
            throws SQLException {
        Map<String, RegisteredDocument> newest = new LinkedHashMap<>();
        for (RegisteredDocument d : read(c, "d.unique_id", uniqueIds).values()) {
            newest.put(d.uniqueId(), d); // read in version order: the last one wins
        }
        return newest;
    }

    private static Map<String, RegisteredDocument> read(Connection c, String column, Collection<String> ids)
            throws SQLException {
        Map<String, RegisteredDocument> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        Sql documents = new Sql.Builder().append("SELECT d.uuid, d.unique_id, d.patient_key, d.status FROM "
                + "document_entry d WHERE " + column + " IN ").appendList(new HashSet<>(ids))
                .append(" ORDER BY d.unique_id, d.version").build();
        try (PreparedStatement s = RegistryStore.prepare(c, documents); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        if (rows.isEmpty()) {
            return found;
        }
        Sql codes = new Sql.Builder().append("SELECT entry_uuid, attribute, code, coding_scheme FROM document_code "
                + "WHERE entry_uuid IN ").appendList(rows.keySet()).append(" AND attribute IN ")
                .appendList(List.of(CodeAttribute.TYPE_CODE.column(), CodeAttribute.CLASS_CODE.column(),
                        CodeAttribute.CONFIDENTIALITY_CODE.column())).build();
        try (PreparedStatement s = RegistryStore.prepare(c, codes); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.get(rs.getString(1)).code(rs.getString(2), new Code(rs.getString(3), rs.getString(4),
                        (String) null));
            }
        }
        Sql authors = new Sql.Builder().append("SELECT entry_uuid, author_id, structure_id FROM document_author "
                + "WHERE entry_uuid IN ").appendList(rows.keySet()).build();
        try (PreparedStatement s = RegistryStore.prepare(c, authors); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Row row = rows.get(rs.getString(1));
                if (rs.getString(2) != null) {
                    row.authorIds.add(rs.getString(2));
                }
                if (rs.getString(3) != null) {
                    row.structureIds.add(rs.getString(3));
                }
            }
        }
        rows.values().forEach(r -> found.put(r.uuid, r.document()));
        return found;
    }

    /** One entry while its rows are read. */
    private static final class Row {
        final String uuid;
        final String uniqueId;
        final String patientKey;
        final String status;
        Code typeCode;
        Code classCode;
        final Set<Confidentiality> confidentiality = new HashSet<>();
        final Set<String> authorIds = new HashSet<>();
        final Set<String> structureIds = new HashSet<>();

        Row(String uuid, String uniqueId, String patientKey, String status) {
            this.uuid = uuid;
            this.uniqueId = uniqueId;
            this.patientKey = patientKey;
            this.status = status;
        }

        void code(String attribute, Code code) {
            if (attribute.equals(CodeAttribute.TYPE_CODE.column())) {
                typeCode = code;
            } else if (attribute.equals(CodeAttribute.CLASS_CODE.column())) {
                classCode = code;
            } else {
                Confidentiality.of(code).ifPresent(confidentiality::add);
            }
        }

        RegisteredDocument document() {
            return new RegisteredDocument(uuid, uniqueId, patientKey, status, typeCode, classCode, confidentiality,
                    authorIds, structureIds);
        }
    }
}
