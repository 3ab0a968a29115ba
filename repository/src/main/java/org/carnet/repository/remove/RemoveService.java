package org.carnet.repository.remove;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.ebrim.RegistryResponses;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsError;
import org.carnet.repository.store.DocumentStore;
import org.carnet.repository.store.PendingSubmissions;
import org.carnet.repository.store.RepositoryIndex;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.rs.RegistryResponseType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ITI-86 Remove Documents (IHE ITI TF-2 3.86): removes the stored bytes of the named documents, each on its own;
 * Success, PartialSuccess or Failure as for ITI-43. A document's index row goes first, in its own transaction, and
 * its bytes after, unless another document has the same bytes: a crash in between leaves only unreferenced
 * bytes, never a document without its bytes.
 */
public final class RemoveService {
    private static final Logger log = LoggerFactory.getLogger(RemoveService.class);

    private final String repositoryUniqueId;
    private final DocumentStore documents;
    private final RepositoryIndex index;
    private final PendingSubmissions pending;
    private final AccessPolicy policy;

    public RemoveService(String repositoryUniqueId, DocumentStore documents, RepositoryIndex index,
                         PendingSubmissions pending, AccessPolicy policy) {
        this.repositoryUniqueId = repositoryUniqueId;
        this.documents = documents;
        this.index = index;
        this.pending = pending;
        this.policy = policy;
    }

    public RegistryResponseType remove(RetrieveDocumentSetRequestType request, Caller caller) {
        policy.checkRemove(caller);
        List<XdsError> errors = new ArrayList<>();
        boolean anyRemoved = false;
        for (DocumentRequestType r : request.getDocumentRequest()) {
            if (!repositoryUniqueId.equals(r.getRepositoryUniqueId())) {
                errors.add(XdsError.error(ErrorCode.UNKNOWN_REPOSITORY_ID, "repository " + r.getRepositoryUniqueId()
                        + " is not this one (" + repositoryUniqueId + ")", r.getRepositoryUniqueId()));
            } else if (removeOne(r.getDocumentUniqueId())) {
                anyRemoved = true;
            } else {
                errors.add(XdsError.error(ErrorCode.DOCUMENT_UNIQUE_ID_ERROR, "document " + r.getDocumentUniqueId()
                        + " is not stored in repository " + repositoryUniqueId, r.getDocumentUniqueId()));
            }
        }
        return RegistryResponses.fill(new RegistryResponseType(), RegistryResponses.status(anyRemoved, errors),
                errors);
    }

    private boolean removeOne(String documentUniqueId) {
        try {
            Optional<RepositoryIndex.Entry> entry = documentUniqueId == null ? Optional.empty()
                    : index.find(documentUniqueId);
            if (entry.isEmpty()) {
                return false;
            }
            index.removeAll(List.of(documentUniqueId));
            try {
                pending.deleteUnreferenced(entry.get().sha1(), documents, index::hashInUse);
            } catch (IOException e) {
                log.warn("document removed, but its bytes could not be deleted: {}", e.toString());
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("repository database failure", e);
        }
    }
}
