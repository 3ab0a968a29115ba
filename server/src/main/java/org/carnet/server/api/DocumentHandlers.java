package org.carnet.server.api;

import java.util.List;

import org.carnet.common.access.Caller;
import org.carnet.common.ebrim.AdhocQueries;
import org.carnet.common.ebrim.DocumentEntryMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.vocabulary.Vocabulary;
import org.carnet.registry.query.StoredQueryService;
import org.carnet.repository.retrieve.RetrieveService;
import org.carnet.server.http.ApiExchange;
import org.carnet.server.http.HttpError;
import org.carnet.server.http.JsonServlet;
import org.carnet.server.http.Reply;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.rim.ExtrinsicObjectType;

/**
 * The patient's own documents over HTTP (issue 5: the patient acts on their dossier through the API): the list
 * (a FindDocuments) and one document's bytes (a retrieve), through the same services, access policy and audit
 * trail as ITI-18 and ITI-43, so that what is invisible to the patient stays so here too.
 */
public final class DocumentHandlers {
    private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
    /** A document as the list shows it. */
    public record DocumentView(String uniqueId, String title, String status, String creationTime, String mimeType,
                               Long size, CodeView classCode, CodeView typeCode, List<CodeView> confidentiality,
                               List<String> authors) {
        static DocumentView of(DocumentEntry de) {
            return new DocumentView(de.uniqueId(), de.title().stream().findFirst().map(LocalizedString::value)
                    .orElse(null), de.availabilityStatus(), de.creationTime(), de.mimeType(), de.size(),
                    CodeView.of(de.classCode()), CodeView.of(de.typeCode()),
                    de.confidentialityCodes().stream().map(CodeView::of).toList(),
                    de.authors().stream().map(a -> a.person()).filter(p -> p != null).toList());
        }
    }

    /** A coded value. */
    public record CodeView(String code, String codingScheme, String displayName) {
        static CodeView of(Code c) {
            return c == null ? null : new CodeView(c.code(), c.codingScheme(),
                    c.displayName() == null ? null : c.displayName().value());
        }
    }

    private final Transactions transactions;
    private final StoredQueryService queries;
    private final RetrieveService retrieve;
    private final String repositoryUniqueId;

    public DocumentHandlers(Transactions transactions, StoredQueryService queries, RetrieveService retrieve,
                            String repositoryUniqueId) {
        this.transactions = transactions;
        this.queries = queries;
        this.retrieve = retrieve;
        this.repositoryUniqueId = repositoryUniqueId;
    }

    /** {@code GET /api/dossiers/{patient}/documents[?status=approved|archived]}: newest first. */
    public Reply list(ApiExchange x) {
        Caller caller = x.caller();
        String patient = PatientIds.patient(x.pathParam("patient")).value();
        String key = PatientIds.patient(patient).key();
        String status = "archived".equals(x.query("status")) ? Vocabulary.STATUS_DMP_ARCHIVED
                : Vocabulary.STATUS_APPROVED;
        return transactions.run(Transaction.ITI_18, caller, ErrorCode.REGISTRY_ERROR, tx -> {
            tx.patient(key);
            List<DocumentView> documents = queries.query(findDocuments(patient, status), caller, tx)
                    .getRegistryObjectList().getIdentifiable().stream()
                    .map(e -> DocumentEntryMapper.fromEbRim((ExtrinsicObjectType) e.getValue(), new ErrorList()))
                    .sorted((a, b) -> String.valueOf(b.creationTime()).compareTo(String.valueOf(a.creationTime())))
                    .map(DocumentView::of).toList();
            return Reply.ok(documents);
        }, failure -> refused(failure.errors().get(0).codeContext()));
    }

    /** {@code GET /api/dossiers/{patient}/documents/{uniqueId}}: the bytes, or 404 as for an unknown document. */
    public Reply read(ApiExchange x) {
        Caller caller = x.caller();
        String uniqueId = x.pathParam("document");
        String key = PatientIds.patient(x.pathParam("patient")).key();
        return transactions.run(Transaction.ITI_43, caller, ErrorCode.REPOSITORY_ERROR, tx -> {
            tx.patient(key).document(uniqueId);
            RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
            DocumentRequestType r = new DocumentRequestType();
            r.setRepositoryUniqueId(repositoryUniqueId);
            r.setDocumentUniqueId(uniqueId);
            request.getDocumentRequest().add(r);
            RetrieveDocumentSetResponseType response = retrieve.retrieve(request, caller);
            if (response.getDocumentResponse().isEmpty()) {
                throw new XdsException(ErrorCode.DOCUMENT_UNIQUE_ID_ERROR, "no such document");
            }
            var d = response.getDocumentResponse().get(0);
            return Reply.content(d.getMimeType(), d.getDocument());
        }, failure -> failure.errors().get(0).code() == ErrorCode.DOCUMENT_UNIQUE_ID_ERROR
                ? Reply.of(HttpError.notFound("no such document in this dossier"))
                : refused(failure.errors().get(0).codeContext()));
    }

    private static Reply refused(String reason) {
        return new Reply(403, new JsonServlet.ErrorBody(reason));
    }

    private static AdhocQueryRequest findDocuments(String patient, String status) {
        return AdhocQueries.request(FIND_DOCUMENTS, Vocabulary.RETURN_TYPE_LEAF_CLASS,
                "$XDSDocumentEntryPatientId", "'" + patient + "'", "$XDSDocumentEntryStatus", "('" + status + "')");
    }
}
