package org.carnet.repository.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.SampleData.REPOSITORY_ID;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_PARTIAL_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.SEVERITY_ERROR;
import static org.carnet.repository.provide.TestRepository.CALLER;
import static org.carnet.repository.provide.TestRepository.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.carnet.common.SampleData;
import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.access.ConsultScope;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.common.policy.DocumentFacts;
import org.carnet.common.policy.Operation;
import org.carnet.repository.provide.TestRepository;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType.DocumentResponse;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.rs.RegistryError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITI-43 Retrieve Document Set (IHE ITI TF-2 3.43.4.2.3): each requested document is answered on its own;
 * Success, PartialSuccess or Failure by how many were found. Documents are stored through ITI-41 first.
 */
class RetrieveServiceTest {
    private static final String HOME = "urn:oid:1.2.250.1.999.1.1";
    private static final byte[] CDA = SampleData.content("compte rendu");
    private static final byte[] PDF = SampleData.content("pdf");

    @TempDir
    Path root;

    private TestRepository repository;
    private final Policy policy = new Policy();
    private RetrieveService retrieve;
    private DocumentEntry cda;
    private DocumentEntry pdf;

    @BeforeEach
    void setUp() {
        repository = new TestRepository(root);
        cda = SampleData.documentEntry("Document01", PATIENT).build();
        pdf = SampleData.documentEntry("Document02", PATIENT).mimeType("application/pdf").build();
        Submission submission = SampleData.submission(PATIENT, List.of(cda, pdf));
        repository.provide(submission, documents("Document01", CDA, "Document02", PDF));
        policy.allow(cda.uniqueId(), pdf.uniqueId());
        retrieve = new RetrieveService(REPOSITORY_ID, repository.store, repository.index, policy);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    /** Lets the caller retrieve the documents it was given, and records what it was asked. */
    private static final class Policy implements AccessPolicy {
        private final Set<String> retrievable = new HashSet<>();
        private final List<String> asked = new ArrayList<>();

        void allow(String... documentUniqueIds) {
            retrievable.addAll(List.of(documentUniqueIds));
        }

        void forbid(String documentUniqueId) {
            retrievable.remove(documentUniqueId);
        }

        @Override
        public void checkFeed(Caller caller, Submission submission) {
        }

        @Override
        public void checkManage(Caller caller, String patientKey, DocumentFacts document, Operation operation,
                                String location) {
        }

        @Override
        public void checkRemove(Caller caller) {
        }

        @Override
        public void checkConsult(Caller caller, String patientKey) {
        }

        @Override
        public ConsultScope consultScope(Caller caller) {
            return ConsultScope.ALL;
        }

        @Override
        public void consulted(Caller caller, Collection<String> patientKeys) {
        }

        @Override
        public Set<String> retrievable(Caller caller, Collection<String> documentUniqueIds) {
            asked.addAll(documentUniqueIds);
            return Set.copyOf(retrievable);
        }
    }

    private static DocumentRequestType document(String repositoryUniqueId, String documentUniqueId) {
        DocumentRequestType r = new DocumentRequestType();
        r.setHomeCommunityId(HOME);
        r.setRepositoryUniqueId(repositoryUniqueId);
        r.setDocumentUniqueId(documentUniqueId);
        return r;
    }

    private RetrieveDocumentSetResponseType retrieve(DocumentRequestType... documents) {
        RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
        request.getDocumentRequest().addAll(List.of(documents));
        return retrieve.retrieve(request, CALLER);
    }

    private static List<RegistryError> errors(RetrieveDocumentSetResponseType response) {
        return response.getRegistryResponse().getRegistryErrorList() == null ? List.of()
                : response.getRegistryResponse().getRegistryErrorList().getRegistryError();
    }

    /** Exactly one error, of Error severity, with this code and location. */
    private static RegistryError onlyError(RetrieveDocumentSetResponseType response, ErrorCode code,
                                           String location) {
        assertThat(errors(response)).as("errors").hasSize(1);
        RegistryError error = errors(response).get(0);
        assertThat(error.getErrorCode()).isEqualTo(code.wire());
        assertThat(error.getLocation()).isEqualTo(location);
        assertThat(error.getSeverity()).isEqualTo(SEVERITY_ERROR);
        return error;
    }

    @Test
    void twoStoredDocumentsAreRetrievedInOneRequest() {
        RetrieveDocumentSetResponseType response = retrieve(document(REPOSITORY_ID, cda.uniqueId()),
                document(REPOSITORY_ID, pdf.uniqueId()));

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_SUCCESS);
        assertThat(errors(response)).isEmpty();
        assertThat(response.getDocumentResponse()).hasSize(2);
        DocumentResponse first = response.getDocumentResponse().get(0);
        assertThat(first.getDocumentUniqueId()).isEqualTo(cda.uniqueId());
        assertThat(first.getDocument()).isEqualTo(CDA);
        assertThat(first.getMimeType()).isEqualTo("text/xml");
        assertThat(first.getRepositoryUniqueId()).isEqualTo(REPOSITORY_ID);
        assertThat(first.getHomeCommunityId()).isEqualTo(HOME);
        DocumentResponse second = response.getDocumentResponse().get(1);
        assertThat(second.getDocumentUniqueId()).isEqualTo(pdf.uniqueId());
        assertThat(second.getDocument()).isEqualTo(PDF);
        assertThat(second.getMimeType()).isEqualTo("application/pdf");
        assertThat(second.getRepositoryUniqueId()).isEqualTo(REPOSITORY_ID);
    }

    @Test
    void oneKnownAndOneUnknownIsPartialSuccess() {
        String unknown = SampleData.newOid();

        RetrieveDocumentSetResponseType response = retrieve(document(REPOSITORY_ID, cda.uniqueId()),
                document(REPOSITORY_ID, unknown));

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_PARTIAL_SUCCESS);
        onlyError(response, ErrorCode.DOCUMENT_UNIQUE_ID_ERROR, unknown);
        assertThat(response.getDocumentResponse()).extracting(DocumentResponse::getDocumentUniqueId)
                .containsExactly(cda.uniqueId());
        assertThat(response.getDocumentResponse().get(0).getDocument()).isEqualTo(CDA);
    }

    @Test
    void allUnknownIsFailure() {
        String unknown1 = SampleData.newOid();
        String unknown2 = SampleData.newOid();

        RetrieveDocumentSetResponseType response = retrieve(document(REPOSITORY_ID, unknown1),
                document(REPOSITORY_ID, unknown2));

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(response.getDocumentResponse()).isEmpty();
        assertThat(errors(response)).extracting(RegistryError::getErrorCode, RegistryError::getLocation)
                .containsExactly(
                        tuple(ErrorCode.DOCUMENT_UNIQUE_ID_ERROR.wire(), unknown1),
                        tuple(ErrorCode.DOCUMENT_UNIQUE_ID_ERROR.wire(), unknown2));
    }

    @Test
    void anotherRepositorysIdIsXdsUnknownRepositoryId() {
        String elsewhere = "1.2.250.1.999.1.1.2";

        RetrieveDocumentSetResponseType response = retrieve(document(elsewhere, cda.uniqueId()));

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_FAILURE);
        onlyError(response, ErrorCode.UNKNOWN_REPOSITORY_ID, elsewhere);
        assertThat(response.getDocumentResponse()).isEmpty();
        assertThat(policy.asked).as("ids of another repository are not this policy's to judge").isEmpty();
    }

    @Test
    void storedDocumentThePolicyForbidsIsAnsweredExactlyAsAnUnknownOne() throws Exception {
        policy.forbid(pdf.uniqueId());
        String unknown = SampleData.newOid();

        RetrieveDocumentSetResponseType forbidden = retrieve(document(REPOSITORY_ID, cda.uniqueId()),
                document(REPOSITORY_ID, pdf.uniqueId()));
        RetrieveDocumentSetResponseType absent = retrieve(document(REPOSITORY_ID, cda.uniqueId()),
                document(REPOSITORY_ID, unknown));

        assertThat(forbidden.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_PARTIAL_SUCCESS)
                .isEqualTo(absent.getRegistryResponse().getStatus());
        RegistryError forbiddenError = onlyError(forbidden, ErrorCode.DOCUMENT_UNIQUE_ID_ERROR, pdf.uniqueId());
        RegistryError absentError = onlyError(absent, ErrorCode.DOCUMENT_UNIQUE_ID_ERROR, unknown);
        assertThat(forbiddenError.getCodeContext().replace(pdf.uniqueId(), "{id}"))
                .isEqualTo(absentError.getCodeContext().replace(unknown, "{id}"));
        assertThat(forbidden.getDocumentResponse()).extracting(DocumentResponse::getDocumentUniqueId)
                .containsExactly(cda.uniqueId());
        assertThat(repository.index.find(pdf.uniqueId())).as("the forbidden document is stored").isPresent();
    }

    @Test
    void onlyForbiddenDocumentsIsFailure() {
        policy.forbid(cda.uniqueId());

        RetrieveDocumentSetResponseType response = retrieve(document(REPOSITORY_ID, cda.uniqueId()));

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_FAILURE);
        onlyError(response, ErrorCode.DOCUMENT_UNIQUE_ID_ERROR, cda.uniqueId());
        assertThat(response.getDocumentResponse()).isEmpty();
    }
}
