package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;

/**
 * GetSubmissionSets (ITI TF-2 3.18.4.1.2.3.7.11): the submission sets holding (HasMember) one of the document
 * entries or folders of {@code $uuid}, and those HasMember associations. A document out of the caller's scope
 * counts as absent.
 */
final class GetSubmissionSets implements StoredQuery {
    static final String UUID = "$uuid";

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        List<String> members = p.requiredList(UUID);
        Sql.Builder sql = new Sql.Builder().append("FROM submission_set s WHERE s.uuid IN (SELECT a.source_uuid"
                + " FROM association a WHERE a.type = ?", ASSOC_HAS_MEMBER);
        Predicates.visibleDocumentOrFolder(sql, "a.target_uuid", members, scope);
        sql.append(")");
        return List.of(new Selection(ObjectKind.SUBMISSION_SET, "s", sql));
    }

    @Override
    public List<Selection> followUp(QueryParameters p, ConsultScope scope, List<StoredObject> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Sql.Builder sql = new Sql.Builder().append("FROM association a WHERE a.type = ?", ASSOC_HAS_MEMBER)
                .append(" AND a.source_uuid IN ").appendList(Associations.ids(found));
        Predicates.visibleDocumentOrFolder(sql, "a.target_uuid", p.requiredList(UUID), scope);
        return List.of(new Selection(ObjectKind.ASSOCIATION, "a", sql));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
