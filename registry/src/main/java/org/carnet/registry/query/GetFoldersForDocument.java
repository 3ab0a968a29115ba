package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * GetFoldersForDocument (ITI TF-2 3.18.4.1.2.3.7.13): the folders holding (HasMember) one document entry,
 * named by entryUUID or uniqueId. A document out of the caller's scope has no folders.
 */
final class GetFoldersForDocument implements StoredQuery {

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        Sql.Builder sql = new Sql.Builder().append("FROM folder f WHERE f.uuid IN (SELECT a.source_uuid"
                + " FROM association a JOIN document_entry d ON d.uuid = a.target_uuid WHERE a.type = ?",
                ASSOC_HAS_MEMBER);
        GetDocuments.single(sql, p, scope);
        sql.append(")");
        return List.of(new Selection(ObjectKind.FOLDER, "f", sql));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
