package org.carnet.registry.delete;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsException;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.registry.access.RegisteredDocuments;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.RegistryStore.ObjectInfo;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.Removals;
import org.carnet.wsdl.lcm.RemoveObjectsRequest;
import org.carnet.wsdl.rim.ObjectRefType;

/**
 * ITI-62 Delete Document Set (IHE ITI TF-2 3.62, Remove Metadata): removes the named registry objects in one
 * transaction, or none. Every object must exist (UnresolvedReferenceException), and no association may be left
 * pointing at a removed object: an association naming one must be removed in the same request
 * (ReferencesExistException). The DMP itself deletes logically (ITI-57, status Deleted); this is the record
 * administrator's removal.
 */
public final class DeleteService {
    private static final String DELETE_ALL = "urn:oasis:names:tc:ebxml-regrep:DeletionScopeType:DeleteAll";

    private final Database database;
    private final RegistryStore store;
    private final Removals removals;
    private final AccessPolicy policy;

    public DeleteService(Database database, RegistryStore store, AccessPolicy policy) {
        this.database = database;
        this.store = store;
        this.removals = new Removals();
        this.policy = policy;
    }

    public void delete(RemoveObjectsRequest request, Caller caller, TransactionContext context) {
        policy.checkRemove(caller);
        if (request.getAdhocQuery() != null) {
            throw new XdsException(ErrorCode.REGISTRY_ERROR, "name the objects to remove in an ObjectRefList; "
                    + "removal by query is not supported");
        }
        if (request.getDeletionScope() != null && !DELETE_ALL.equals(request.getDeletionScope())) {
            throw new XdsException(ErrorCode.REGISTRY_ERROR, "deletionScope " + request.getDeletionScope()
                    + " is not supported: " + DELETE_ALL + " only");
        }
        Set<String> ids = new LinkedHashSet<>();
        if (request.getObjectRefList() != null) {
            request.getObjectRefList().getObjectRef().stream().map(ObjectRefType::getId).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            throw new XdsException(ErrorCode.REGISTRY_ERROR, "the request names no object to remove");
        }
        try {
            database.inTransaction(c -> {
                Map<String, ObjectInfo> found = store.objects(c, ids);
                ErrorList errors = new ErrorList();
                for (String id : ids) {
                    if (!found.containsKey(id)) {
                        errors.add(ErrorCode.UNRESOLVED_REFERENCE_EXCEPTION, "no registry object " + id, id);
                    }
                }
                for (String association : removals.associationsOf(c, ids)) {
                    if (!ids.contains(association)) {
                        errors.add(ErrorCode.REFERENCES_EXIST_EXCEPTION, "association " + association
                                + " names an object of this request: remove it in the same request", association);
                    }
                }
                errors.throwIfErrors();
                found.values().stream().map(ObjectInfo::patientKey).findFirst().ifPresent(context::patient);
                // the audit trail names the documents removed by their uniqueIds
                List<String> entries = found.values().stream().filter(o -> o.kind() == ObjectKind.DOCUMENT_ENTRY)
                        .map(ObjectInfo::uuid).toList();
                RegisteredDocuments.byUuid(c, entries).values().forEach(d -> context.document(d.uniqueId()));
                List<ObjectInfo> objects = new ArrayList<>(found.values());
                removals.remove(c, objects);
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("registry database failure", e);
        }
    }
}
