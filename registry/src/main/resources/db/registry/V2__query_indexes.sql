-- Carnet registry, schema 2: what the stored queries (ITI-18, ITI-51) search that schema 1 did not index.
-- Filled by RegistryStore.save with the objects they index, in the same transaction.
--
-- Objects registered before this migration get no rows here (their reference ids and submission set authors
-- are only in their stored XML): a registry holding data when it is upgraded needs them re-indexed.

-- XDSDocumentEntry.referenceIdList (slot urn:ihe:iti:xds:2013:referenceIdList), one row per distinct value
-- (CXi, compared whole): FindDocumentsByReferenceId.
CREATE TABLE document_reference_id (
    entry_uuid          VARCHAR(64)   NOT NULL,
    reference_id        VARCHAR(1024) NOT NULL
);
CREATE INDEX document_reference_id_entry ON document_reference_id (entry_uuid, reference_id);
CREATE INDEX document_reference_id_value ON document_reference_id (reference_id);

-- XDSSubmissionSet.author authorPerson (XCN), one row per author with a person:
-- FindSubmissionSets $XDSSubmissionSetAuthorPerson.
CREATE TABLE submission_set_author (
    submission_set_uuid VARCHAR(64)  NOT NULL,
    author_person       VARCHAR(512) NOT NULL
);
CREATE INDEX submission_set_author_set ON submission_set_author (submission_set_uuid);

-- Folder codes by value: FindFoldersForMultiplePatients (ITI-51) by codeList alone.
CREATE INDEX folder_code_value ON folder_code (code, coding_scheme);
