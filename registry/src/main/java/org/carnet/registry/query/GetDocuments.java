package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * GetDocuments (ITI TF-2 3.18.4.1.2.3.7.5): document entries by entryUUID (that very version), by uniqueId (all
 * versions of a document share it: the newest version is answered, Metadata Update ITI TF-3 4.1.12) or by logical
 * id (every version).
 */
final class GetDocuments implements StoredQuery {
    static final String ENTRY_UUID = "$XDSDocumentEntryEntryUUID";
    static final String UNIQUE_ID = "$XDSDocumentEntryUniqueId";
    private static final String NEWEST_VERSION =
            " AND d.version = (SELECT MAX(v.version) FROM document_entry v WHERE v.lid = d.lid)";

    /** Metadata Update option: every version of these logical ids (the version history), newest first. */
    static final String LOGICAL_ID = "$XDSDocumentEntryLogicalID";

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        if (!LOGICAL_ID.equals(p.exactlyOneOf(ENTRY_UUID, UNIQUE_ID, LOGICAL_ID))) {
            return List.of(documents(p, scope));
        }
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        Predicates.in(sql, "d.lid", p.requiredList(LOGICAL_ID));
        Predicates.scope(sql, scope);
        return List.of(new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql));
    }

    /** The entries named by {@code $XDSDocumentEntryEntryUUID} or {@code $XDSDocumentEntryUniqueId} (R M). */
    static Selection documents(QueryParameters p, ConsultScope scope) {
        String given = p.exactlyOneOf(ENTRY_UUID, UNIQUE_ID);
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        Predicates.in(sql, ENTRY_UUID.equals(given) ? "d.uuid" : "d.unique_id", p.requiredList(given));
        if (UNIQUE_ID.equals(given)) {
            sql.append(NEWEST_VERSION);
        }
        Predicates.scope(sql, scope);
        return new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql);
    }

    /**
     * The one entry named by {@code $XDSDocumentEntryEntryUUID} or {@code $XDSDocumentEntryUniqueId} (R, single),
     * as a condition on {@code document_entry d}, the caller's scope included.
     */
    static void single(Sql.Builder sql, QueryParameters p, ConsultScope scope) {
        String given = p.exactlyOneOf(ENTRY_UUID, UNIQUE_ID);
        sql.append(" AND " + (ENTRY_UUID.equals(given) ? "d.uuid" : "d.unique_id") + " = ?", p.required(given));
        if (UNIQUE_ID.equals(given)) {
            sql.append(NEWEST_VERSION);
        }
        Predicates.scope(sql, scope);
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
