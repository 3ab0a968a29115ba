package org.carnet.repository.provide;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.carnet.repository.registry.RegistryClient;
import org.carnet.repository.store.DocumentStore;
import org.carnet.repository.store.PendingDocument;
import org.carnet.repository.store.PendingSubmission;
import org.carnet.repository.store.PendingSubmissions;
import org.carnet.repository.store.RepositoryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, before the node accepts requests: finishes what a crash interrupted in
 * {@link ProvideAndRegisterService}. A submission whose documents the registry holds is kept (its index rows were
 * committed before registering); one the registry does not hold is undone: its index rows removed and its
 * bytes deleted unless another document shares them. Staging leftovers are deleted.
 */
public final class ProvideRecovery {
    private static final Logger log = LoggerFactory.getLogger(ProvideRecovery.class);

    private final DocumentStore documents;
    private final PendingSubmissions pending;
    private final RepositoryIndex index;
    private final RegistryClient registry;

    public ProvideRecovery(DocumentStore documents, PendingSubmissions pending, RepositoryIndex index,
                           RegistryClient registry) {
        this.documents = documents;
        this.pending = pending;
        this.index = index;
        this.registry = registry;
    }

    public void recover() throws IOException, SQLException {
        documents.removeStagingLeftovers();
        pending.removeLeftovers();
        for (PendingSubmission intent : pending.list()) {
            List<String> ids = intent.documents().stream().map(PendingDocument::documentUniqueId).toList();
            Set<String> registered = registry.registeredDocuments(ids);
            if (registered.containsAll(ids)) {
                pending.complete(intent.id());
                log.info("recovered a submission interrupted after registration: kept {} documents", ids.size());
            } else {
                // the registry registers a submission in one transaction, so this one is not there; uniqueIds it
                // does hold belong to earlier submissions whose rows and bytes stay
                index.removeAll(ids.stream().filter(id -> !registered.contains(id)).toList());
                pending.rollBack(intent, documents, index::hashInUse);
                log.info("undid a submission interrupted before registration: {} documents removed", ids.size());
            }
        }
    }
}
