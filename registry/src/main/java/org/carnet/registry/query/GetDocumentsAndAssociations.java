package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.StoredObject;

/**
 * GetDocumentsAndAssociations (ITI TF-2 3.18.4.1.2.3.7.10): document entries by entryUUID or uniqueId, and
 * every association whose source or target is one of those returned.
 */
final class GetDocumentsAndAssociations implements StoredQuery {

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        return List.of(GetDocuments.documents(p, scope));
    }

    @Override
    public List<Selection> followUp(QueryParameters p, ConsultScope scope, List<StoredObject> found) {
        return found.isEmpty() ? List.of() : List.of(Associations.touching(Associations.ids(found)));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
