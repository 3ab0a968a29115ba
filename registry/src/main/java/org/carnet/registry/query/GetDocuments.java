package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/** GetDocuments (ITI TF-2 3.18.4.1.2.3.7.5): document entries by entryUUID or by uniqueId. */
final class GetDocuments implements StoredQuery {
    static final String ENTRY_UUID = "$XDSDocumentEntryEntryUUID";
    static final String UNIQUE_ID = "$XDSDocumentEntryUniqueId";

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        String given = p.exactlyOneOf(ENTRY_UUID, UNIQUE_ID);
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        Predicates.in(sql, ENTRY_UUID.equals(given) ? "d.uuid" : "d.unique_id", p.requiredList(given));
        sql.append(" AND (" + scope.documentCondition() + ")", scope.binds().toArray());
        return List.of(new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
