package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/** GetAssociations (ITI TF-2 3.18.4.1.2.3.7.7): the associations whose source or target is one of {@code $uuid}. */
final class GetAssociations implements StoredQuery {

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        List<String> uuids = p.requiredList("$uuid");
        Sql.Builder sql = new Sql.Builder().append("FROM association a WHERE (a.source_uuid IN ").appendList(uuids)
                .append(" OR a.target_uuid IN ").appendList(uuids).append(")");
        return List.of(new Selection(ObjectKind.ASSOCIATION, "a", sql));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
