package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.RETURN_TYPE_LEAF_CLASS;
import static org.carnet.common.vocabulary.Vocabulary.RETURN_TYPE_OBJECT_REF;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.xml.bind.JAXBElement;

import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.access.ConsultScope;
import org.carnet.common.db.Database;
import org.carnet.common.ebrim.RegistryResponses;
import org.carnet.common.ebrim.StoredObjects;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Cx;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;
import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.AdhocQueryType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.RegistryObjectListType;

/**
 * ITI-18 Registry Stored Query (IHE ITI TF-2 3.18): dispatches on the query id, runs the query's SQL (with the
 * caller's {@link ConsultScope} in it), and answers LeafClass or ObjectRef. Over {@code maxResults} objects the
 * answer is XDSTooManyResults rather than a truncated list.
 */
public final class StoredQueryService {
    private final Database database;
    private final RegistryStore store;
    private final AccessPolicy policy;
    private final int maxResults;

    public StoredQueryService(Database database, RegistryStore store, AccessPolicy policy, int maxResults) {
        this.database = database;
        this.store = store;
        this.policy = policy;
        this.maxResults = maxResults;
    }

    public AdhocQueryResponse query(AdhocQueryRequest request, Caller caller, TransactionContext context) {
        AdhocQueryType adhoc = request.getAdhocQuery();
        if (adhoc == null) {
            throw new XdsException(ErrorCode.REGISTRY_ERROR, "the request has no AdhocQuery element");
        }
        context.query(adhoc.getId());
        StoredQuery query = StoredQueryId.of(adhoc.getId()).map(StoredQueryId::query)
                .orElseThrow(() -> new XdsException(ErrorCode.UNKNOWN_STORED_QUERY,
                        "stored query id " + adhoc.getId() + " is not one this registry answers"));
        boolean leafClass = returnsLeafClass(request);
        QueryParameters params = QueryParameters.parse(adhoc.getSlot());
        for (String patient : query.patientParameter().map(params::list).orElse(List.of())) {
            Cx cx = new Cx(patient);
            if (cx.isValid()) { // a malformed id is answered by the query itself
                context.patient(cx.key());
                policy.checkConsult(caller, cx.key());
            }
        }
        ConsultScope scope = policy.consultScope(caller);
        MetadataLevel level = MetadataLevel.of(params);
        List<StoredObject> found = run(query.select(params, scope), scope, level, leafClass, new ArrayList<>());
        found = run(query.followUp(params, scope, List.copyOf(found)), scope, level, leafClass, found);
        policy.consulted(caller, found.stream().map(StoredObject::patientKey).distinct().toList());
        if (query.patientParameter().isEmpty()) {
            onePatient(found).ifPresent(context::patient);
        }
        if (leafClass && query.singlePatient() && found.stream().map(StoredObject::patientKey).distinct().count() > 1) {
            throw new XdsException(ErrorCode.RESULT_NOT_SINGLE_PATIENT,
                    "the objects asked for belong to more than one patient");
        }
        return response(found, leafClass);
    }

    /**
     * For the audit trail, the record a query by object ids (the Get queries) consulted: the patient every object
     * found belongs to, when there is one. A query naming its patient has noted it already.
     */
    private static Optional<String> onePatient(List<StoredObject> found) {
        Set<String> keys = found.stream().map(StoredObject::patientKey).collect(Collectors.toSet());
        return keys.size() == 1 ? keys.stream().findFirst() : Optional.empty();
    }

    private static boolean returnsLeafClass(AdhocQueryRequest request) {
        String type = request.getResponseOption() == null ? null : request.getResponseOption().getReturnType();
        if (type == null || RETURN_TYPE_LEAF_CLASS.equals(type)) {
            return true;
        }
        if (RETURN_TYPE_OBJECT_REF.equals(type)) {
            return false;
        }
        throw new XdsException(ErrorCode.REGISTRY_ERROR,
                "returnType " + type + " is not supported: use LeafClass or ObjectRef");
    }

    /** Runs the selections, adding what they find to {@code found}, within the result cap. */
    private List<StoredObject> run(List<StoredQuery.Selection> selections, ConsultScope scope, MetadataLevel level,
                                   boolean leafClass, List<StoredObject> found) {
        if (selections.isEmpty()) {
            return found;
        }
        try (Connection c = database.dataSource().getConnection()) {
            for (StoredQuery.Selection selection : selections) {
                found.addAll(store.find(c, selection.kind(), sql(selection, scope, level, leafClass,
                        maxResults + 1 - found.size())));
                if (found.size() > maxResults) {
                    throw new XdsException(ErrorCode.TOO_MANY_RESULTS, "the query matches more than " + maxResults
                            + " objects: narrow it (status, codes, time range)");
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("registry database failure", e);
        }
    }

    /**
     * The statement a selection runs: the columns {@link RegistryStore#find} reads (the ebRIM XML only for
     * LeafClass), the selection's {@code FROM ... WHERE ...} restricted to what the caller may see
     * ({@link Visibility}) and to the {@link MetadataLevel} asked for, in a stable order, at most {@code limit}
     * rows.
     */
    static Sql sql(StoredQuery.Selection selection, ConsultScope scope, MetadataLevel level, boolean leafClass,
                   int limit) {
        String a = selection.alias();
        Sql.Builder restricted = selection.fromWhere().copy();
        Visibility.restrict(restricted, selection.kind(), a, scope);
        level.restrict(restricted, selection.kind(), a);
        Sql fromWhere = restricted.build();
        return new Sql.Builder()
                .append("SELECT " + a + ".uuid, " + a + ".status, " + a + ".patient_key, "
                        + (leafClass ? a + ".ebrim " : "NULL "))
                .append(fromWhere.text(), fromWhere.binds().toArray())
                .append(" ORDER BY " + a + ".uuid FETCH FIRST ? ROWS ONLY", limit)
                .build();
    }

    private static AdhocQueryResponse response(List<StoredObject> found, boolean leafClass) {
        AdhocQueryResponse response = new AdhocQueryResponse();
        RegistryObjectListType list = new RegistryObjectListType();
        for (StoredObject object : found) {
            JAXBElement<? extends IdentifiableType> element = leafClass
                    ? StoredObjects.leafClass(object.ebrim(), object.status())
                    : StoredObjects.objectRef(object.uuid());
            list.getIdentifiable().add(element);
        }
        response.setRegistryObjectList(list);
        return RegistryResponses.fill(response, RESPONSE_SUCCESS, List.of());
    }
}
