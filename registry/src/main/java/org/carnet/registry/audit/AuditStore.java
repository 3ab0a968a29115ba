package org.carnet.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carnet.common.access.AccessMode;
import org.carnet.common.db.Database;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.registry.audit.AuditRecord.Requestor;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.Sql;

/**
 * The local audit trail (schema 4, {@code V4__audit_event.sql}): append, and read one patient's history newest
 * first. Append-only by construction: this class, the only one that touches these tables, has no update and no
 * delete.
 *
 * <p>Paging is by page number and size over the rows ordered by id, newest first. Rows are only ever added at the
 * newest end, so a trace recorded while a reader pages moves the older ones one place on: the reader may see an
 * entry twice at a page boundary, never miss one.
 */
public final class AuditStore {
    /** The largest page a reader may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The columns an append writes, in the order {@link #bind} binds them. */
    private static final List<String> WRITTEN = List.of("recorded_at", "transaction_code", "action", "outcome",
            "error_codes", "error_id", "actor_id", "actor_name", "actor_kind", "role_code", "role_code_system",
            "role_display", "organisation", "access_mode", "patient_key", "submission_set_id", "query_id",
            "client_address");
    private static final String INSERT = "INSERT INTO audit_event (" + String.join(", ", WRITTEN) + ") VALUES ("
            + String.join(", ", Collections.nCopies(WRITTEN.size(), "?")) + ")";
    private static final String COLUMNS = "id, " + String.join(", ", WRITTEN);

    private final Database database;

    public AuditStore(Database database) {
        this.database = database;
    }

    /** Appends the records in one database transaction: all of them or none. Returns them with their ids. */
    public List<AuditRecord> append(List<AuditRecord> records) throws SQLException {
        return database.inTransaction(c -> {
            List<AuditRecord> stored = new ArrayList<>();
            try (PreparedStatement event = c.prepareStatement(INSERT, new String[] {"id"});
                 PreparedStatement document = c.prepareStatement(
                         "INSERT INTO audit_event_document (event_id, ordinal, document_unique_id) VALUES (?, ?, ?)")) {
                for (AuditRecord record : records) {
                    bind(event, record);
                    event.executeUpdate();
                    long id;
                    try (ResultSet keys = event.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (int i = 0; i < record.documentIds().size(); i++) {
                        document.setLong(1, id);
                        document.setInt(2, i);
                        document.setString(3, record.documentIds().get(i));
                        document.addBatch();
                    }
                    stored.add(record.withId(id));
                }
                document.executeBatch();
            }
            return stored;
        });
    }

    private static void bind(PreparedStatement s, AuditRecord r) throws SQLException {
        Requestor who = r.requestor();
        Code role = who == null ? null : who.role();
        s.setTimestamp(1, Timestamp.from(r.recordedAt()));
        s.setString(2, r.transaction().code());
        s.setString(3, r.action());
        s.setString(4, r.outcome().name());
        s.setString(5, r.errorCodes().isEmpty() ? null : String.join(" ", r.errorCodes()));
        s.setString(6, r.errorId());
        s.setString(7, who == null ? null : who.id());
        s.setString(8, who == null ? null : who.name());
        s.setString(9, who == null || who.kind() == null ? null : who.kind().name());
        s.setString(10, role == null ? null : role.code());
        s.setString(11, role == null ? null : role.codingScheme());
        s.setString(12, role == null || role.displayName() == null ? null : role.displayName().value());
        s.setString(13, who == null ? null : who.organisation());
        s.setString(14, who == null || who.mode() == null ? null : who.mode().code());
        s.setString(15, r.patientKey());
        s.setString(16, r.submissionSetId());
        s.setString(17, r.queryId());
        s.setString(18, who == null ? null : who.address());
    }

    /**
     * One page of a patient's history, newest first.
     *
     * @param actorId when not null, only the traces of this actor (a professional reading their own)
     * @param page    0 for the newest
     * @param size    1 to {@value #MAX_PAGE_SIZE}
     */
    public List<AuditRecord> newestFirst(String patientKey, String actorId, int page, int size) throws SQLException {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        Sql sql = pageSql(patientKey, actorId, page, size);
        try (Connection c = database.dataSource().getConnection()) {
            Map<Long, AuditRecord> rows = new LinkedHashMap<>();
            try (PreparedStatement s = RegistryStore.prepare(c, sql); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    AuditRecord record = read(rs);
                    rows.put(record.id(), record);
                }
            }
            return withDocuments(c, rows);
        }
    }

    /** How many traces {@link #newestFirst} pages through. */
    public long count(String patientKey, String actorId) throws SQLException {
        Sql sql = patientRows("SELECT COUNT(*)", patientKey, actorId).build();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = RegistryStore.prepare(c, sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The page query; the index on {@code (patient_key, id)} or {@code (patient_key, actor_id, id)} serves it. */
    static Sql pageSql(String patientKey, String actorId, int page, int size) {
        return patientRows("SELECT " + COLUMNS, patientKey, actorId)
                .append(" ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", (long) page * size, size)
                .build();
    }

    private static Sql.Builder patientRows(String select, String patientKey, String actorId) {
        Sql.Builder sql = new Sql.Builder().append(select + " FROM audit_event WHERE patient_key = ?", patientKey);
        if (actorId != null) {
            sql.append(" AND actor_id = ?", actorId);
        }
        return sql;
    }

    /** The rows with their documents, read in one more statement for the whole page. */
    private static List<AuditRecord> withDocuments(Connection c, Map<Long, AuditRecord> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> documents = new LinkedHashMap<>();
        Sql sql = new Sql.Builder()
                .append("SELECT event_id, document_unique_id FROM audit_event_document WHERE event_id IN ")
                .appendList(rows.keySet())
                .append(" ORDER BY event_id, ordinal")
                .build();
        try (PreparedStatement s = RegistryStore.prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<AuditRecord> page = new ArrayList<>();
        for (AuditRecord r : rows.values()) {
            page.add(new AuditRecord(r.id(), r.recordedAt(), r.transaction(), r.action(), r.outcome(), r.errorCodes(),
                    r.errorId(), r.requestor(), r.patientKey(), documents.getOrDefault(r.id(), List.of()),
                    r.submissionSetId(), r.queryId()));
        }
        return page;
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        String errorCodes = rs.getString("error_codes");
        String actorId = rs.getString("actor_id");
        String kind = rs.getString("actor_kind");
        String roleCode = rs.getString("role_code");
        String mode = rs.getString("access_mode");
        Requestor requestor = actorId == null ? null : new Requestor(actorId, rs.getString("actor_name"),
                kind == null ? null : Actor.Kind.valueOf(kind),
                roleCode == null ? null : new Code(roleCode, rs.getString("role_code_system"),
                        rs.getString("role_display")),
                rs.getString("organisation"), mode == null ? null : AccessMode.ofCode(mode).orElse(null),
                rs.getString("client_address"));
        return new AuditRecord(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(),
                transaction(rs.getString("transaction_code")), rs.getString("action"),
                Outcome.valueOf(rs.getString("outcome")),
                errorCodes == null ? List.of() : Arrays.asList(errorCodes.split(" ")), rs.getString("error_id"),
                requestor, rs.getString("patient_key"), List.of(), rs.getString("submission_set_id"),
                rs.getString("query_id"));
    }

    private static Transaction transaction(String code) {
        return Arrays.stream(Transaction.values()).filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown transaction code in the audit trail: " + code));
    }
}
