package org.carnet.registry.query;

import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;

/**
 * One stored query: reads its parameters and says which SQL selects its objects. The service runs the SQL,
 * caps the result and writes the response; a query only declares what it selects.
 */
interface StoredQuery {

    /**
     * One SELECT of the query: objects of one kind, {@code fromWhere} naming the object table with
     * {@code alias}; the service adds the select list and the ordering.
     */
    record Selection(ObjectKind kind, String alias, Sql.Builder fromWhere) {
    }

    /**
     * The selections answering the query, each a {@code FROM ... WHERE ...} to which the service adds its
     * select list and ordering.
     */
    List<Selection> select(QueryParameters params, ConsultScope scope);

    /**
     * Selections that depend on what the first ones found (GetAll: the associations between the objects it
     * returns; GetRelatedDocuments: the documents related to the one asked for), selected by SQL from the ids
     * in {@code found}; none by default. Run once, after {@link #select}.
     */
    default List<Selection> followUp(QueryParameters params, ConsultScope scope, List<StoredObject> found) {
        return List.of();
    }

    /** The parameter naming the patient(s) whose dossier the query searches (the Find queries); none for Get. */
    default Optional<String> patientParameter() {
        return Optional.empty();
    }

    /** Whether a LeafClass answer spanning several patients is an error (the Get queries, ITI TF-2 3.18.4.1.2.3.7). */
    default boolean singlePatient() {
        return false;
    }
}
