package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/** GetFolders (ITI TF-2 3.18.4.1.2.3.7.6): folders by entryUUID or by uniqueId. */
final class GetFolders implements StoredQuery {
    static final String ENTRY_UUID = "$XDSFolderEntryUUID";
    static final String UNIQUE_ID = "$XDSFolderUniqueId";

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        String given = p.exactlyOneOf(ENTRY_UUID, UNIQUE_ID);
        Sql.Builder sql = new Sql.Builder().append("FROM folder f WHERE 1=1");
        Predicates.in(sql, ENTRY_UUID.equals(given) ? "f.uuid" : "f.unique_id", p.requiredList(given));
        return List.of(new Selection(ObjectKind.FOLDER, "f", sql));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
