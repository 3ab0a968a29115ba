package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_PARTIAL_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carnet.common.SampleData;
import org.carnet.common.ebrim.DocumentEntryMapper;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType.DocumentResponse;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rs.RegistryError;
import org.carnet.wsdl.rs.RegistryResponseType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-in-one node end to end over SOAP, as a hospital system and a practice software use it: ITI-41 with
 * and without MTOM, ITI-18 FindDocuments/GetDocuments, ITI-43, ITI-42 on the registry alone, the error answers
 * of IHE ITI TF-2 3.41/3.43, and restart durability.
 */
class XdsNodeIT {
    static final String REPOSITORY_ID = "1.2.250.1.999.1.1.1";

    @TempDir
    static Path data;
    static TestNode node;
    static XdsClient mtom;
    static XdsClient inline;

    @BeforeAll
    static void start() throws Exception {
        node = new TestNode(data);
        assertThat(node.openDossier(SampleData.PATIENT)).isEqualTo(201);
        mtom = new XdsClient(node, true);
        inline = new XdsClient(node, false);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String sha1(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    }

    static List<DocumentEntry> entries(AdhocQueryResponse response) {
        assertThat(response.getStatus()).isEqualTo(RESPONSE_SUCCESS);
        return response.getRegistryObjectList().getIdentifiable().stream()
                .map(e -> DocumentEntryMapper.fromEbRim((ExtrinsicObjectType) e.getValue(), new ErrorList()))
                .toList();
    }

    static List<RegistryError> errors(RegistryResponseType response) {
        return response.getRegistryErrorList() == null ? List.of()
                : response.getRegistryErrorList().getRegistryError();
    }

    static DocumentEntry entry(String id) {
        return SampleData.documentEntry(id, SampleData.PATIENT).build();
    }

    @Test
    void severalDocumentsWithMtomAreStoredFoundAndRetrievedByteForByte() throws Exception {
        DocumentEntry first = entry("Document01");
        DocumentEntry second = entry("Document02");
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("Document01", SampleData.content("first report"));
        documents.put("Document02", SampleData.content("second report"));

        RegistryResponseType provided = mtom.provide(SampleData.submission(SampleData.PATIENT,
                List.of(first, second)), documents);

        assertThat(provided.getStatus()).isEqualTo(RESPONSE_SUCCESS);
        assertThat(errors(provided)).isEmpty();

        List<DocumentEntry> found = entries(mtom.query(XdsClient.GET_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryUniqueId", "('" + first.uniqueId() + "','" + second.uniqueId() + "')"));
        assertRegisteredAsSent(found, first, second, documents);
        // everything the source sent comes back as sent
        DocumentEntry returned = found.stream().filter(e -> e.uniqueId().equals(first.uniqueId())).findFirst()
                .orElseThrow();
        assertThat(returned.toBuilder().entryUuid("Document01").logicalId(null).version(null)
                .availabilityStatus(null).hash(null).size(null).repositoryUniqueId(null).build()).isEqualTo(first);

        RetrieveDocumentSetResponseType retrieved = mtom.retrieve(REPOSITORY_ID, first.uniqueId(), second.uniqueId());
        assertThat(retrieved.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_SUCCESS);
        assertThat(retrieved.getDocumentResponse())
                .extracting(DocumentResponse::getDocumentUniqueId, DocumentResponse::getMimeType,
                        DocumentResponse::getRepositoryUniqueId, DocumentResponse::getDocument)
                .containsExactly(
                        tuple(first.uniqueId(), "text/xml", REPOSITORY_ID, documents.get("Document01")),
                        tuple(second.uniqueId(), "text/xml", REPOSITORY_ID, documents.get("Document02")));
    }

    @Test
    void inlineBase64SubmissionAndRetrieveWork() {
        DocumentEntry de = entry("Document01");
        byte[] bytes = SampleData.content("inline report");

        assertThat(inline.provide(SampleData.submission(SampleData.PATIENT, List.of(de)),
                Map.of("Document01", bytes)).getStatus()).isEqualTo(RESPONSE_SUCCESS);

        RetrieveDocumentSetResponseType retrieved = inline.retrieve(REPOSITORY_ID, de.uniqueId());
        assertThat(retrieved.getDocumentResponse()).singleElement()
                .satisfies(d -> assertThat(d.getDocument()).isEqualTo(bytes));
    }

    @Test
    void findDocumentsReturnsThePatientsSubmittedDocuments() {
        String patient = "190017512345678^^^&1.2.250.1.213.1.4.10&ISO^NH";
        try {
            assertThat(node.openDossier(patient)).isEqualTo(201);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        DocumentEntry de = SampleData.documentEntry("Document01", patient).build();
        mtom.provide(SampleData.submission(patient, List.of(de)), Map.of("Document01", SampleData.content("x")));

        assertThat(entries(mtom.findDocuments(patient))).extracting(DocumentEntry::uniqueId)
                .containsExactly(de.uniqueId());
    }

    @Test
    void submissionForAPatientWithoutDossierIsRefused() {
        DocumentEntry de = SampleData.documentEntry("Document01", SampleData.OTHER_PATIENT).build();

        RegistryResponseType response = mtom.provide(SampleData.submission(SampleData.OTHER_PATIENT, List.of(de)),
                Map.of("Document01", SampleData.content("no dossier")));

        assertThat(response.getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(errors(response)).extracting(RegistryError::getErrorCode).containsExactly("XDSUnknownPatientId");
        assertThat(mtom.retrieve(REPOSITORY_ID, de.uniqueId()).getRegistryResponse().getStatus())
                .isEqualTo(RESPONSE_FAILURE);
    }

    @Test
    void wrongHashIsARepositoryMetadataErrorAndNothingIsRegistered() {
        DocumentEntry de = SampleData.documentEntry("Document01", SampleData.PATIENT)
                .hash("0000000000000000000000000000000000000000").build();

        RegistryResponseType response = mtom.provide(SampleData.submission(SampleData.PATIENT, List.of(de)),
                Map.of("Document01", SampleData.content("tampered")));

        assertThat(response.getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(errors(response)).extracting(RegistryError::getErrorCode, RegistryError::getLocation)
                .containsExactly(tuple("XDSRepositoryMetadataError", "Document01"));
        assertThat(entries(mtom.query(XdsClient.GET_DOCUMENTS, "ObjectRef", "$XDSDocumentEntryUniqueId",
                "('" + de.uniqueId() + "')"))).isEmpty();
    }

    @Test
    void entryWithoutItsDocumentIsMissingDocument() {
        RegistryResponseType response = mtom.provide(SampleData.singleDocument(), Map.of());

        assertThat(errors(response)).extracting(RegistryError::getErrorCode, RegistryError::getLocation)
                .containsExactly(tuple("XDSMissingDocument", "Document01"));
    }

    @Test
    void retrieveOfKnownAndUnknownDocumentsIsAPartialSuccess() {
        DocumentEntry de = entry("Document01");
        mtom.provide(SampleData.submission(SampleData.PATIENT, List.of(de)), Map.of("Document01",
                SampleData.content("partial")));

        RetrieveDocumentSetResponseType response = mtom.retrieve(REPOSITORY_ID, de.uniqueId(), "1.2.3.4.5.404");

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_PARTIAL_SUCCESS);
        assertThat(response.getDocumentResponse()).extracting(DocumentResponse::getDocumentUniqueId)
                .containsExactly(de.uniqueId());
        assertThat(errors(response.getRegistryResponse()))
                .extracting(RegistryError::getErrorCode, RegistryError::getLocation)
                .containsExactly(tuple("XDSDocumentUniqueIdError", "1.2.3.4.5.404"));
    }

    @Test
    void retrieveOfUnknownDocumentsOnlyIsAFailure() {
        RetrieveDocumentSetResponseType response = mtom.retrieve(REPOSITORY_ID, "1.2.3.4.5.404");

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(response.getDocumentResponse()).isEmpty();
        assertThat(errors(response.getRegistryResponse())).extracting(RegistryError::getErrorCode)
                .containsExactly("XDSDocumentUniqueIdError");
    }

    @Test
    void retrieveFromAnotherRepositoryIsUnknownRepositoryId() {
        RetrieveDocumentSetResponseType response = mtom.retrieve("1.2.3.999", "1.2.3.4.5.6");

        assertThat(response.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(errors(response.getRegistryResponse())).extracting(RegistryError::getErrorCode)
                .containsExactly("XDSUnknownRepositoryId");
    }

    @Test
    void registryAloneRegistersMetadataThroughIti42() {
        DocumentEntry de = SampleData.documentEntry("Document01", SampleData.PATIENT)
                .hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L).repositoryUniqueId("1.2.3.77").build();
        Submission submission = SampleData.submission(SampleData.PATIENT, List.of(de));

        assertThat(mtom.register(submission).getStatus()).isEqualTo(RESPONSE_SUCCESS);

        assertThat(entries(mtom.query(XdsClient.GET_DOCUMENTS, "LeafClass", "$XDSDocumentEntryUniqueId",
                "('" + de.uniqueId() + "')")))
                .extracting(DocumentEntry::repositoryUniqueId).containsExactly("1.2.3.77");
        RegistryResponseType again = mtom.register(submission);
        assertThat(errors(again)).extracting(RegistryError::getErrorCode)
                .contains("XDSDuplicateUniqueIdInRegistry");
    }

    @Test
    void storedQueryErrorsAreRegistryErrorsNotFaults() {
        AdhocQueryResponse response = mtom.query("urn:uuid:00000000-0000-0000-0000-000000000000", "LeafClass");

        assertThat(response.getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(errors(response)).extracting(RegistryError::getErrorCode).containsExactly("XDSUnknownStoredQuery");
    }

    /** The two entries of a provide, as the registry holds them: hash, size and repository of the bytes sent. */
    static void assertRegisteredAsSent(List<DocumentEntry> found, DocumentEntry first, DocumentEntry second,
                                       Map<String, byte[]> documents) throws Exception {
        assertThat(found).extracting(DocumentEntry::uniqueId, DocumentEntry::hash, DocumentEntry::size,
                        DocumentEntry::repositoryUniqueId, DocumentEntry::availabilityStatus)
                .containsExactlyInAnyOrder(
                        tuple(first.uniqueId(), sha1(documents.get("Document01")),
                                (long) documents.get("Document01").length, REPOSITORY_ID,
                                "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved"),
                        tuple(second.uniqueId(), sha1(documents.get("Document02")),
                                (long) documents.get("Document02").length, REPOSITORY_ID,
                                "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved"));
    }
}
