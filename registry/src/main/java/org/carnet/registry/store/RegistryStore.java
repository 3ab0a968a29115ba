package org.carnet.registry.store;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.DOCUMENT_AVAILABILITY_OFFLINE;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_LAST_UPDATE_TIME;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.carnet.common.ebrim.EbRimXml;
import org.carnet.common.ebrim.Slots;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Author;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Dtm;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.SubmissionSet;
import org.carnet.registry.store.NewObjects.WithXml;
import org.carnet.wsdl.rim.ObjectFactory;
import org.carnet.wsdl.rim.RegistryPackageType;

/**
 * The registry's tables, through plain JDBC with bind variables only. Writes happen on a connection the caller
 * holds inside its transaction, so that a whole registration commits or rolls back as one.
 */
public final class RegistryStore {
    private static final ObjectFactory RIM = new ObjectFactory();

    /** A registered document's identity, for uniqueness and hash/size checks. */
    public record RegisteredDocument(String uuid, String uniqueId, String hash, Long size, String patientKey) {
    }

    public void save(Connection c, NewObjects objects, Instant now) throws SQLException {
        String patient = objects.patientKey();
        WithXml<SubmissionSet> ss = objects.submissionSet();
        try (PreparedStatement ids = c.prepareStatement(
                "INSERT INTO registry_object (uuid, kind, patient_key) VALUES (?, ?, ?)")) {
            addId(ids, ss.object().entryUuid(), ObjectKind.SUBMISSION_SET, patient);
            for (WithXml<DocumentEntry> de : objects.documentEntries()) {
                addId(ids, de.object().entryUuid(), ObjectKind.DOCUMENT_ENTRY, patient);
            }
            for (WithXml<Folder> f : objects.folders()) {
                addId(ids, f.object().entryUuid(), ObjectKind.FOLDER, patient);
            }
            for (WithXml<Association> a : objects.associations()) {
                addId(ids, a.object().entryUuid(), ObjectKind.ASSOCIATION, patient);
            }
            ids.executeBatch();
        }
        insertSubmissionSet(c, ss, patient, now);
        insertDocumentEntries(c, objects.documentEntries(), ss.object().entryUuid(), patient, now);
        insertFolders(c, objects.folders(), patient, now);
        insertAssociations(c, objects.associations(), patient);
        insertQueryIndexes(c, objects);
    }

    /**
     * The index tables of schema 2 (V2__query_indexes.sql): submission set authors (FindSubmissionSets) and
     * document reference ids (FindDocumentsByReferenceId).
     */
    private static void insertQueryIndexes(Connection c, NewObjects objects) throws SQLException {
        try (PreparedStatement authors = c.prepareStatement(
                     "INSERT INTO submission_set_author (submission_set_uuid, author_person) VALUES (?, ?)");
             PreparedStatement references = c.prepareStatement(
                     "INSERT INTO document_reference_id (entry_uuid, reference_id) VALUES (?, ?)")) {
            SubmissionSet ss = objects.submissionSet().object();
            for (Author author : ss.authors()) {
                if (author.person() != null) {
                    authors.setString(1, ss.entryUuid());
                    authors.setString(2, author.person());
                    authors.addBatch();
                }
            }
            for (WithXml<DocumentEntry> stored : objects.documentEntries()) {
                DocumentEntry de = stored.object();
                for (String referenceId : new LinkedHashSet<>(de.referenceIdList())) {
                    references.setString(1, de.entryUuid());
                    references.setString(2, referenceId);
                    references.addBatch();
                }
            }
            authors.executeBatch();
            references.executeBatch();
        }
    }

    private static void addId(PreparedStatement ids, String uuid, ObjectKind kind, String patient)
            throws SQLException {
        ids.setString(1, uuid);
        ids.setString(2, kind.code());
        ids.setString(3, patient);
        ids.addBatch();
    }

    private static void insertSubmissionSet(Connection c, WithXml<SubmissionSet> ss, String patient, Instant now)
            throws SQLException {
        SubmissionSet s = ss.object();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO submission_set (uuid, patient_key, status, "
                + "unique_id, source_id, submission_time, content_type_code, content_type_scheme, registered_at, "
                + "ebrim) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, s.entryUuid());
            insert.setString(2, patient);
            insert.setString(3, s.availabilityStatus());
            insert.setString(4, s.uniqueId());
            insert.setString(5, s.sourceId());
            setLong(insert, 6, Dtm.sortableOrNull(s.submissionTime()));
            insert.setString(7, s.contentTypeCode() == null ? null : s.contentTypeCode().code());
            insert.setString(8, s.contentTypeCode() == null ? null : s.contentTypeCode().codingScheme());
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setBytes(10, ss.ebrim());
            insert.executeUpdate();
        }
    }

    private static void insertDocumentEntries(Connection c, List<WithXml<DocumentEntry>> entries, String ssUuid,
                                              String patient, Instant now) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO document_entry (uuid, lid, version, "
                + "patient_key, status, unique_id, on_demand, mime_type, creation_time, service_start_time, "
                + "service_stop_time, hash, size, repository_unique_id, submission_set_uuid, registered_at, ebrim, "
                + "offline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement codes = c.prepareStatement(
                     "INSERT INTO document_code (entry_uuid, attribute, code, coding_scheme) VALUES (?, ?, ?, ?)");
             PreparedStatement authors = c.prepareStatement("INSERT INTO document_author (entry_uuid, "
                     + "author_person, author_id, structure_id) VALUES (?, ?, ?, ?)")) {
            for (WithXml<DocumentEntry> stored : entries) {
                DocumentEntry de = stored.object();
                insert.setString(1, de.entryUuid());
                insert.setString(2, de.logicalId());
                insert.setInt(3, Integer.parseInt(de.version()));
                insert.setString(4, patient);
                insert.setString(5, de.availabilityStatus());
                insert.setString(6, de.uniqueId());
                insert.setBoolean(7, de.isOnDemand());
                insert.setString(8, de.mimeType());
                setLong(insert, 9, Dtm.sortableOrNull(de.creationTime()));
                setLong(insert, 10, Dtm.sortableOrNull(de.serviceStartTime()));
                setLong(insert, 11, Dtm.sortableOrNull(de.serviceStopTime()));
                insert.setString(12, de.hash());
                setLong(insert, 13, de.size());
                insert.setString(14, de.repositoryUniqueId());
                insert.setString(15, ssUuid);
                insert.setTimestamp(16, Timestamp.from(now));
                insert.setBytes(17, stored.ebrim());
                insert.setBoolean(18, DOCUMENT_AVAILABILITY_OFFLINE.equals(de.documentAvailability()));
                insert.addBatch();
                for (CodeAttribute attribute : CodeAttribute.values()) {
                    for (Code code : attribute.codesOf(de)) {
                        codes.setString(1, de.entryUuid());
                        codes.setString(2, attribute.column());
                        codes.setString(3, code.code());
                        codes.setString(4, code.codingScheme() == null ? "" : code.codingScheme());
                        codes.addBatch();
                    }
                }
                for (Author author : de.authors()) {
                    List<String> structures = author.institutions().stream().map(AuthorIds::structureId)
                            .filter(Objects::nonNull).distinct().toList();
                    for (String structure : structures.isEmpty() ? Collections.<String>singletonList(null)
                            : structures) {
                        authors.setString(1, de.entryUuid());
                        authors.setString(2, author.person());
                        authors.setString(3, AuthorIds.personId(author.person()));
                        authors.setString(4, structure);
                        authors.addBatch();
                    }
                }
            }
            insert.executeBatch();
            codes.executeBatch();
            authors.executeBatch();
        }
    }

    private static void insertFolders(Connection c, List<WithXml<Folder>> folders, String patient, Instant now)
            throws SQLException {
        if (folders.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO folder (uuid, lid, version, patient_key, "
                + "status, unique_id, last_update_time, registered_at, ebrim) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement codes = c.prepareStatement(
                     "INSERT INTO folder_code (folder_uuid, code, coding_scheme) VALUES (?, ?, ?)")) {
            for (WithXml<Folder> stored : folders) {
                Folder f = stored.object();
                insert.setString(1, f.entryUuid());
                insert.setString(2, f.logicalId());
                insert.setInt(3, Integer.parseInt(f.version()));
                insert.setString(4, patient);
                insert.setString(5, f.availabilityStatus());
                insert.setString(6, f.uniqueId());
                setLong(insert, 7, Dtm.sortableOrNull(f.lastUpdateTime()));
                insert.setTimestamp(8, Timestamp.from(now));
                insert.setBytes(9, stored.ebrim());
                insert.addBatch();
                for (Code code : f.codeList()) {
                    codes.setString(1, f.entryUuid());
                    codes.setString(2, code.code());
                    codes.setString(3, code.codingScheme() == null ? "" : code.codingScheme());
                    codes.addBatch();
                }
            }
            insert.executeBatch();
            codes.executeBatch();
        }
    }

    private static void insertAssociations(Connection c, List<WithXml<Association>> associations, String patient)
            throws SQLException {
        if (associations.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO association (uuid, type, source_uuid, "
                + "target_uuid, patient_key, status, ebrim) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (WithXml<Association> stored : associations) {
                Association a = stored.object();
                insert.setString(1, a.entryUuid());
                insert.setString(2, a.type());
                insert.setString(3, a.sourceUuid());
                insert.setString(4, a.targetUuid());
                insert.setString(5, patient);
                insert.setString(6, a.availabilityStatus());
                insert.setBytes(7, stored.ebrim());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** A registered object as the association rules see it. */
    public record ObjectInfo(String uuid, ObjectKind kind, String patientKey, String status) {
    }

    /** The registry objects among these ids, with their kind, patient and current status. */
    public Map<String, ObjectInfo> objects(Connection c, Collection<String> uuids) throws SQLException {
        Map<String, ObjectInfo> found = new HashMap<>();
        if (uuids.isEmpty()) {
            return found;
        }
        Sql sql = new Sql.Builder().append("SELECT r.uuid, r.kind, r.patient_key, "
                        + "COALESCE(d.status, f.status, s.status, a.status) FROM registry_object r "
                        + "LEFT JOIN document_entry d ON d.uuid = r.uuid LEFT JOIN folder f ON f.uuid = r.uuid "
                        + "LEFT JOIN submission_set s ON s.uuid = r.uuid LEFT JOIN association a ON a.uuid = r.uuid "
                        + "WHERE r.uuid IN ").appendList(new HashSet<>(uuids)).build();
        try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.put(rs.getString(1), new ObjectInfo(rs.getString(1), ObjectKind.ofCode(rs.getString(2)),
                        rs.getString(3), rs.getString(4)));
            }
        }
        return found;
    }

    /** The Approved document entries related to a document by one of these association types (as their source). */
    public List<String> approvedSourcesOf(Connection c, String documentUuid, List<String> types) throws SQLException {
        Sql sql = new Sql.Builder().append("SELECT a.source_uuid FROM association a JOIN document_entry d "
                        + "ON d.uuid = a.source_uuid WHERE a.target_uuid = ? AND d.status = ? AND a.type IN ",
                documentUuid, STATUS_APPROVED).appendList(types).build();
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    /** The document entries an Approved HasMember puts in this folder. */
    public List<String> documentsIn(Connection c, String folderUuid) throws SQLException {
        List<String> documents = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT a.target_uuid FROM association a "
                + "JOIN document_entry d ON d.uuid = a.target_uuid WHERE a.source_uuid = ? AND a.type = ? "
                + "AND a.status = ?")) {
            select.setString(1, folderUuid);
            select.setString(2, ASSOC_HAS_MEMBER);
            select.setString(3, STATUS_APPROVED);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    documents.add(rs.getString(1));
                }
            }
        }
        return documents;
    }

    /** The approved folders a document entry is a member of. */
    public List<String> foldersOf(Connection c, String documentUuid) throws SQLException {
        List<String> folders = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT a.source_uuid FROM association a "
                + "JOIN folder f ON f.uuid = a.source_uuid WHERE a.target_uuid = ? AND a.type = ? AND a.status = ?")) {
            select.setString(1, documentUuid);
            select.setString(2, ASSOC_HAS_MEMBER);
            select.setString(3, STATUS_APPROVED);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    folders.add(rs.getString(1));
                }
            }
        }
        return folders;
    }

    /** Moves a folder's lastUpdateTime, in its index column and in its stored XML (the registry owns the slot). */
    public void touchFolder(Connection c, String folderUuid, String lastUpdateTime) throws SQLException {
        byte[] stored;
        try (PreparedStatement select = c.prepareStatement("SELECT ebrim FROM folder WHERE uuid = ?")) {
            select.setString(1, folderUuid);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no folder " + folderUuid);
                }
                stored = rs.getBytes(1);
            }
        }
        RegistryPackageType folder = (RegistryPackageType) EbRimXml.fromStored(stored);
        Slots.replace(folder, SLOT_LAST_UPDATE_TIME, lastUpdateTime);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE folder SET last_update_time = ?, ebrim = ? WHERE uuid = ?")) {
            update.setLong(1, Dtm.sortable(lastUpdateTime));
            update.setBytes(2, EbRimXml.toStored(RIM.createRegistryPackage(folder)));
            update.setString(3, folderUuid);
            update.executeUpdate();
        }
    }

    /** Adds associations the registry itself creates (a replacement joining the folders of what it replaces). */
    public void addAssociations(Connection c, String patient, List<WithXml<Association>> associations)
            throws SQLException {
        try (PreparedStatement ids = c.prepareStatement(
                "INSERT INTO registry_object (uuid, kind, patient_key) VALUES (?, ?, ?)")) {
            for (WithXml<Association> a : associations) {
                addId(ids, a.object().entryUuid(), ObjectKind.ASSOCIATION, patient);
            }
            ids.executeBatch();
        }
        insertAssociations(c, associations, patient);
    }

    /** Registered document entries with any of these uniqueIds. */
    public List<RegisteredDocument> documentsByUniqueId(Connection c, Collection<String> uniqueIds)
            throws SQLException {
        List<RegisteredDocument> found = new ArrayList<>();
        if (uniqueIds.isEmpty()) {
            return found;
        }
        Sql sql = new Sql.Builder()
                .append("SELECT uuid, unique_id, hash, size, patient_key FROM document_entry WHERE unique_id IN ")
                .appendList(new HashSet<>(uniqueIds)).build();
        try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long size = rs.getLong(4);
                found.add(new RegisteredDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.wasNull() ? null : size, rs.getString(5)));
            }
        }
        return found;
    }

    /** Those of these uniqueIds already used by a submission set or folder. */
    public Set<String> packageUniqueIdsInUse(Connection c, Collection<String> uniqueIds) throws SQLException {
        Set<String> found = new HashSet<>();
        if (uniqueIds.isEmpty()) {
            return found;
        }
        Set<String> distinct = new HashSet<>(uniqueIds);
        Sql sql = new Sql.Builder().append("SELECT unique_id FROM submission_set WHERE unique_id IN ")
                .appendList(distinct).append(" UNION SELECT unique_id FROM folder WHERE unique_id IN ")
                .appendList(distinct).build();
        try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    /**
     * Runs a query whose select list is {@code uuid, status, patient_key, ebrim} (ebrim may be selected as
     * {@code NULL} when only references are wanted) and returns the objects in the order the SQL gives.
     */
    public List<StoredObject> find(Connection c, ObjectKind kind, Sql sql) throws SQLException {
        List<StoredObject> found = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new StoredObject(kind, rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
            }
        }
        return found;
    }

    public static PreparedStatement prepare(Connection c, Sql sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql.text());
        int i = 1;
        for (Object bind : sql.binds()) {
            s.setObject(i++, bind);
        }
        return s;
    }
}
