package org.carnet.repository.retrieve;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.ebrim.RegistryResponses;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsError;
import org.carnet.repository.store.DocumentStore;
import org.carnet.repository.store.RepositoryIndex;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType.DocumentResponse;
import org.carnet.wsdl.rs.RegistryResponseType;

/**
 * ITI-43 Retrieve Document Set (IHE ITI TF-2 3.43): each requested document is answered on its own. All found:
 * Success; some: PartialSuccess with an error per missing one; none: Failure. A document the caller may not
 * retrieve is answered exactly as an unknown one.
 */
public final class RetrieveService {
    private final String repositoryUniqueId;
    private final DocumentStore documents;
    private final RepositoryIndex index;
    private final AccessPolicy policy;

    public RetrieveService(String repositoryUniqueId, DocumentStore documents, RepositoryIndex index,
                           AccessPolicy policy) {
        this.repositoryUniqueId = repositoryUniqueId;
        this.documents = documents;
        this.index = index;
        this.policy = policy;
    }

    public RetrieveDocumentSetResponseType retrieve(RetrieveDocumentSetRequestType request, Caller caller) {
        List<DocumentRequestType> requests = request.getDocumentRequest();
        Set<String> allowed = policy.retrievable(caller, requests.stream()
                .filter(r -> repositoryUniqueId.equals(r.getRepositoryUniqueId()))
                .map(DocumentRequestType::getDocumentUniqueId).filter(Objects::nonNull).toList());
        RetrieveDocumentSetResponseType response = new RetrieveDocumentSetResponseType();
        List<XdsError> errors = new ArrayList<>();
        for (DocumentRequestType r : requests) {
            if (!repositoryUniqueId.equals(r.getRepositoryUniqueId())) {
                errors.add(XdsError.error(ErrorCode.UNKNOWN_REPOSITORY_ID, "repository " + r.getRepositoryUniqueId()
                        + " is not this one (" + repositoryUniqueId + ")", r.getRepositoryUniqueId()));
                continue;
            }
            Optional<DocumentResponse> found = r.getDocumentUniqueId() != null && allowed.contains(r.getDocumentUniqueId())
                    ? read(r) : Optional.empty();
            if (found.isPresent()) {
                response.getDocumentResponse().add(found.get());
            } else {
                errors.add(XdsError.error(ErrorCode.DOCUMENT_UNIQUE_ID_ERROR, "document " + r.getDocumentUniqueId()
                        + " is not available in repository " + repositoryUniqueId, r.getDocumentUniqueId()));
            }
        }
        RegistryResponseType status = new RegistryResponseType();
        RegistryResponses.fill(status, RegistryResponses.status(!response.getDocumentResponse().isEmpty(), errors),
                errors);
        response.setRegistryResponse(status);
        return response;
    }

    private Optional<DocumentResponse> read(DocumentRequestType r) {
        try {
            Optional<RepositoryIndex.Entry> entry = index.find(r.getDocumentUniqueId());
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            byte[] content;
            try (InputStream in = documents.open(entry.get().sha1())) {
                content = in.readAllBytes();
            }
            DocumentResponse d = new DocumentResponse();
            d.setHomeCommunityId(r.getHomeCommunityId());
            d.setRepositoryUniqueId(repositoryUniqueId);
            d.setDocumentUniqueId(r.getDocumentUniqueId());
            d.setMimeType(entry.get().mimeType());
            d.setDocument(content);
            return Optional.of(d);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot read stored document", e);
        }
    }
}
