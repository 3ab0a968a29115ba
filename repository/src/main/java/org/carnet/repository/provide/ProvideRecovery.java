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
            // The registry registers a submission in one transaction: if any of its documents is missing there,
            // none of it was registered, and uniqueIds the registry does hold belong to earlier submissions, whose
            // rows stay. Rolling the intent back then deletes exactly the bytes no remaining row uses.
            List<String> unregistered = registered.containsAll(ids) ? List.of()
                    : ids.stream().filter(id -> !registered.contains(id)).toList();
            index.removeAll(unregistered);
            pending.rollBack(intent, documents, index::hashInUse);
            log.info("recovered an interrupted submission: {} of {} documents kept", ids.size() - unregistered.size(),
                    ids.size());
        }
    }
}
