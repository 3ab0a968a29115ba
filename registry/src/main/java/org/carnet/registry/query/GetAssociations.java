package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;

/** GetAssociations (ITI TF-2 3.18.4.1.2.3.7.7): the associations whose source or target is one of {@code $uuid}. */
final class GetAssociations implements StoredQuery {

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        return List.of(Associations.touching(p.requiredList("$uuid")));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
