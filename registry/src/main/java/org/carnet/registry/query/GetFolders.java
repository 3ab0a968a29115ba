package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/** GetFolders (ITI TF-2 3.18.4.1.2.3.7.6): folders by entryUUID, by uniqueId, or (Metadata Update) by logical id. */
final class GetFolders implements StoredQuery {
    static final String ENTRY_UUID = "$XDSFolderEntryUUID";
    static final String UNIQUE_ID = "$XDSFolderUniqueId";
    /** Metadata Update option: every version of these logical ids. */
    static final String LOGICAL_ID = "$XDSFolderLogicalID";

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        String given = p.exactlyOneOf(ENTRY_UUID, UNIQUE_ID, LOGICAL_ID);
        Sql.Builder sql = new Sql.Builder().append("FROM folder f WHERE 1=1");
        String column = switch (given) {
            case ENTRY_UUID -> "f.uuid";
            case UNIQUE_ID -> "f.unique_id";
            default -> "f.lid";
        };
        Predicates.in(sql, column, p.requiredList(given));
        if (UNIQUE_ID.equals(given)) {
            // all versions of a folder share its uniqueId: the newest one is answered (Metadata Update)
            sql.append(" AND f.version = (SELECT MAX(v.version) FROM folder v WHERE v.lid = f.lid)");
        }
        return List.of(new Selection(ObjectKind.FOLDER, "f", sql));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
