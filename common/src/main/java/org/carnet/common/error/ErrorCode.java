package org.carnet.common.error;

/**
 * XDS error codes as they travel in {@code RegistryError/@errorCode} (IHE ITI TF-3 Table 4.2.4.1-2).
 * Each constant carries the exact wire string.
 */
public enum ErrorCode {
    /** Internal registry error; only when no more specific code fits. */
    REGISTRY_ERROR("XDSRegistryError"),
    /** Internal repository error; only when no more specific code fits. */
    REPOSITORY_ERROR("XDSRepositoryError"),
    /** The repository could not reach the registry during ITI-41. */
    REGISTRY_NOT_AVAILABLE("XDSRegistryNotAvailable"),
    REGISTRY_BUSY("XDSRegistryBusy"),
    REPOSITORY_BUSY("XDSRepositoryBusy"),
    REGISTRY_OUT_OF_RESOURCES("XDSRegistryOutOfResources"),
    REPOSITORY_OUT_OF_RESOURCES("XDSRepositoryOutOfResources"),
    /** Registry-side metadata validation failure. */
    REGISTRY_METADATA_ERROR("XDSRegistryMetadataError"),
    /** Repository-side metadata failure, e.g. size or hash disagreeing with the attached document. */
    REPOSITORY_METADATA_ERROR("XDSRepositoryMetadataError"),
    /** ITI-41: an ExtrinsicObject has no matching Document. */
    MISSING_DOCUMENT("XDSMissingDocument"),
    /** ITI-41: a Document has no ExtrinsicObject. */
    MISSING_DOCUMENT_METADATA("XDSMissingDocumentMetadata"),
    REGISTRY_DUPLICATE_UNIQUE_ID_IN_MESSAGE("XDSRegistryDuplicateUniqueIdInMessage"),
    REPOSITORY_DUPLICATE_UNIQUE_ID_IN_MESSAGE("XDSRepositoryDuplicateUniqueIdInMessage"),
    /** A uniqueId is already in the registry. */
    DUPLICATE_UNIQUE_ID_IN_REGISTRY("XDSDuplicateUniqueIdInRegistry"),
    /** A DocumentEntry uniqueId already registered with a different hash. */
    NON_IDENTICAL_HASH("XDSNonIdenticalHash"),
    /** A DocumentEntry uniqueId already registered with a different size. */
    NON_IDENTICAL_SIZE("XDSNonIdenticalSize"),
    /** The patient id is not known to the registry (no open dossier). */
    UNKNOWN_PATIENT_ID("XDSUnknownPatientId"),
    /** Patient ids within one submission, or of a referenced object, differ. */
    PATIENT_ID_DOES_NOT_MATCH("XDSPatientIdDoesNotMatch"),
    /** RPLC/APND/XFRM targets a deprecated entry. */
    REGISTRY_DEPRECATED_DOCUMENT_ERROR("XDSRegistryDeprecatedDocumentError"),
    /** Warning: extra metadata was accepted but not saved. */
    EXTRA_METADATA_NOT_SAVED("XDSExtraMetadataNotSaved"),
    UNKNOWN_STORED_QUERY("XDSUnknownStoredQuery"),
    STORED_QUERY_MISSING_PARAM("XDSStoredQueryMissingParam"),
    STORED_QUERY_PARAM_NUMBER("XDSStoredQueryParamNumber"),
    TOO_MANY_RESULTS("XDSTooManyResults"),
    RESULT_NOT_SINGLE_PATIENT("XDSResultNotSinglePatient"),
    /** ITI-43: the repositoryUniqueId is not this repository's. */
    UNKNOWN_REPOSITORY_ID("XDSUnknownRepositoryId"),
    /** ITI-43: the document uniqueId is unknown or unavailable. */
    DOCUMENT_UNIQUE_ID_ERROR("XDSDocumentUniqueIdError"),
    METADATA_UPDATE_ERROR("XDSMetadataUpdateError"),
    METADATA_UPDATE_OPERATION_ERROR("XDSMetadataUpdateOperationError"),
    METADATA_VERSION_ERROR("XDSMetadataVersionError"),
    PATIENT_ID_RECONCILIATION_ERROR("XDSPatientIDReconciliationError"),
    METADATA_IDENTIFIER_ERROR("XDSMetadataIdentifierError"),
    UNRESOLVED_REFERENCE_EXCEPTION("UnresolvedReferenceException"),
    REFERENCES_EXIST_EXCEPTION("ReferencesExistException"),
    UNREFERENCED_OBJECT_EXCEPTION("XDSUnreferencedObjectException"),
    REMOVE_DOCUMENTS_ERROR("XDSRemoveDocumentsError");

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    /** The string sent in {@code RegistryError/@errorCode}. */
    public String wire() {
        return wire;
    }

    public static ErrorCode ofWire(String wire) {
        for (ErrorCode code : values()) {
            if (code.wire.equals(wire)) {
                return code;
            }
        }
        throw new IllegalArgumentException("not an XDS error code: " + wire);
    }
}
