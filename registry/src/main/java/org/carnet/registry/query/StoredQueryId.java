package org.carnet.registry.query;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored queries this registry answers, by their ITI TF-2 3.18.4.1.2.3.7 (and ITI-51 3.51.4.1.2.3) query
 * id. An id not listed here is answered with XDSUnknownStoredQuery.
 */
enum StoredQueryId {
    FIND_DOCUMENTS("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", FindDocuments::new),
    FIND_DOCUMENTS_BY_REFERENCE_ID("urn:uuid:12941a89-e02e-4be5-967c-ce4bfc8fe492", FindDocumentsByReferenceId::new),
    FIND_SUBMISSION_SETS("urn:uuid:f26abbcb-ac74-4422-8a30-edb644bbc1a9", FindSubmissionSets::new),
    FIND_FOLDERS("urn:uuid:958f3006-baad-4929-a4de-ff1114824431", FindFolders::new),
    GET_ALL("urn:uuid:10b545ea-725c-446d-9b95-8aeb444eddf3", GetAll::new),
    GET_DOCUMENTS("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4", GetDocuments::new),
    GET_FOLDERS("urn:uuid:5737b14c-8a1a-4539-b659-e03a34a5e1e4", GetFolders::new),
    GET_ASSOCIATIONS("urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155", GetAssociations::new),
    GET_DOCUMENTS_AND_ASSOCIATIONS("urn:uuid:bab9529a-4a10-40b3-a01f-f68a615d247a", GetDocumentsAndAssociations::new),
    GET_SUBMISSION_SETS("urn:uuid:51224314-5390-4169-9b91-b1980040715a", GetSubmissionSets::new),
    GET_SUBMISSION_SET_AND_CONTENTS("urn:uuid:e8e3cb2c-e39c-46b9-99e4-c12f57260b83",
            GetSubmissionSetAndContents::new),
    GET_FOLDER_AND_CONTENTS("urn:uuid:b909a503-523d-4517-8acf-8e5834dfc4c7", GetFolderAndContents::new),
    GET_FOLDERS_FOR_DOCUMENT("urn:uuid:10cae35a-c7f9-4cf5-b61e-fc3278ffb578", GetFoldersForDocument::new),
    GET_RELATED_DOCUMENTS("urn:uuid:d90e5407-b356-4d91-a89f-873917b4b0e6", GetRelatedDocuments::new),
    /** ITI-51 Multi-Patient Stored Query. */
    FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS("urn:uuid:3d1bdb10-39a2-11de-89c2-2f44d94eaa9f",
            FindDocumentsForMultiplePatients::new),
    /** ITI-51 Multi-Patient Stored Query. */
    FIND_FOLDERS_FOR_MULTIPLE_PATIENTS("urn:uuid:50d3f5ac-39a2-11de-a1ca-b366239e58df",
            FindFoldersForMultiplePatients::new);

    private final String uuid;
    private final StoredQuery query;

    StoredQueryId(String uuid, Supplier<StoredQuery> query) {
        this.uuid = uuid;
        this.query = query.get();
    }

    String uuid() {
        return uuid;
    }

    StoredQuery query() {
        return query;
    }

    static Optional<StoredQueryId> of(String uuid) {
        for (StoredQueryId id : values()) {
            if (id.uuid.equals(uuid)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
