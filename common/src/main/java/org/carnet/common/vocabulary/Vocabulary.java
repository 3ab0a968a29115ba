package org.carnet.common.vocabulary;

/**
 * Every identifier of the XDS.b metadata model (IHE ITI TF-3 4.2) in one place: classification schemes,
 * classification nodes, external-identifier schemes, object types, slot names, statuses and association types.
 * Code elsewhere uses these through static imports; no UUID or slot-name literal appears anywhere else.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    // Namespaces
    public static final String NS_RIM = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0";
    public static final String NS_RS = "urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0";
    public static final String NS_LCM = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0";
    public static final String NS_QUERY = "urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0";
    public static final String NS_XDSB = "urn:ihe:iti:xds-b:2007";

    // Object types
    public static final String DOC_ENTRY_STABLE = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
    public static final String DOC_ENTRY_ON_DEMAND = "urn:uuid:34268e47-fdf5-41a6-ba33-82133c465248";
    public static final String OBJECT_TYPE_CLASSIFICATION =
            "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Classification";
    public static final String OBJECT_TYPE_EXTERNAL_IDENTIFIER =
            "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:ExternalIdentifier";
    public static final String OBJECT_TYPE_ASSOCIATION =
            "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Association";
    public static final String OBJECT_TYPE_REGISTRY_PACKAGE =
            "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:RegistryPackage";

    // Classification nodes marking a RegistryPackage as a submission set or a folder
    public static final String SUBMISSION_SET_CLASS_NODE = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd";
    public static final String FOLDER_CLASS_NODE = "urn:uuid:d9d542f3-6cc4-48b6-8870-ea235fbc94c2";

    // DocumentEntry classification schemes
    public static final String DOC_ENTRY_AUTHOR_SCHEME = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d";
    public static final String DOC_ENTRY_CLASS_CODE_SCHEME = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a";
    public static final String DOC_ENTRY_CONFIDENTIALITY_CODE_SCHEME = "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f";
    public static final String DOC_ENTRY_EVENT_CODE_SCHEME = "urn:uuid:2c6b8cb7-8b2a-4051-b291-b1ae6a575ef4";
    public static final String DOC_ENTRY_FORMAT_CODE_SCHEME = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d";
    public static final String DOC_ENTRY_HEALTHCARE_FACILITY_TYPE_CODE_SCHEME =
            "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1";
    public static final String DOC_ENTRY_PRACTICE_SETTING_CODE_SCHEME = "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead";
    public static final String DOC_ENTRY_TYPE_CODE_SCHEME = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
    public static final String DOC_ENTRY_LIMITED_METADATA_NODE = "urn:uuid:ab9b591b-83ab-4d03-8f5d-f93b1fb92e85";

    // DocumentEntry external identifiers
    public static final String DOC_ENTRY_PATIENT_ID_SCHEME = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";
    public static final String DOC_ENTRY_UNIQUE_ID_SCHEME = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";
    public static final String DOC_ENTRY_PATIENT_ID_NAME = "XDSDocumentEntry.patientId";
    public static final String DOC_ENTRY_UNIQUE_ID_NAME = "XDSDocumentEntry.uniqueId";

    // SubmissionSet
    public static final String SUBMISSION_SET_AUTHOR_SCHEME = "urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d";
    public static final String SUBMISSION_SET_CONTENT_TYPE_CODE_SCHEME = "urn:uuid:aa543740-bdda-424e-8c96-df4873be8500";
    public static final String SUBMISSION_SET_PATIENT_ID_SCHEME = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446";
    public static final String SUBMISSION_SET_SOURCE_ID_SCHEME = "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832";
    public static final String SUBMISSION_SET_UNIQUE_ID_SCHEME = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8";
    public static final String SUBMISSION_SET_PATIENT_ID_NAME = "XDSSubmissionSet.patientId";
    public static final String SUBMISSION_SET_SOURCE_ID_NAME = "XDSSubmissionSet.sourceId";
    public static final String SUBMISSION_SET_UNIQUE_ID_NAME = "XDSSubmissionSet.uniqueId";
    public static final String SUBMISSION_SET_LIMITED_METADATA_NODE = "urn:uuid:5003a9db-8d8d-49e6-bf0c-990e34ac7707";

    // Folder
    public static final String FOLDER_CODE_LIST_SCHEME = "urn:uuid:1ba97051-7806-41a8-a48b-8fce7af683c5";
    public static final String FOLDER_PATIENT_ID_SCHEME = "urn:uuid:f64ffdf0-4b97-4e06-b79f-a52b38ec2f8a";
    public static final String FOLDER_UNIQUE_ID_SCHEME = "urn:uuid:75df8f67-9973-4fbe-a900-df66cefecc5a";
    public static final String FOLDER_PATIENT_ID_NAME = "XDSFolder.patientId";
    public static final String FOLDER_UNIQUE_ID_NAME = "XDSFolder.uniqueId";
    public static final String FOLDER_LIMITED_METADATA_NODE = "urn:uuid:2c144a76-29a9-4b7c-af54-b25409fe7d03";

    // Association documentation classification (NIST 12370)
    public static final String ASSOCIATION_DOCUMENTATION_SCHEME = "urn:uuid:abd807a3-4432-4053-87b4-fd82c643d1f3";

    // Slot names
    public static final String SLOT_CODING_SCHEME = "codingScheme";
    public static final String SLOT_CREATION_TIME = "creationTime";
    public static final String SLOT_SERVICE_START_TIME = "serviceStartTime";
    public static final String SLOT_SERVICE_STOP_TIME = "serviceStopTime";
    public static final String SLOT_LANGUAGE_CODE = "languageCode";
    public static final String SLOT_LEGAL_AUTHENTICATOR = "legalAuthenticator";
    public static final String SLOT_SOURCE_PATIENT_ID = "sourcePatientId";
    public static final String SLOT_SOURCE_PATIENT_INFO = "sourcePatientInfo";
    public static final String SLOT_HASH = "hash";
    public static final String SLOT_SIZE = "size";
    public static final String SLOT_URI = "URI";
    public static final String SLOT_REPOSITORY_UNIQUE_ID = "repositoryUniqueId";
    public static final String SLOT_REFERENCE_ID_LIST = "urn:ihe:iti:xds:2013:referenceIdList";
    public static final String SLOT_DOCUMENT_AVAILABILITY = "urn:ihe:iti:2010:DocumentAvailability";
    public static final String DOCUMENT_AVAILABILITY_OFFLINE = "urn:ihe:iti:2010:DocumentAvailability:Offline";
    public static final String SLOT_SUBMISSION_TIME = "submissionTime";
    public static final String SLOT_INTENDED_RECIPIENT = "intendedRecipient";
    public static final String SLOT_LAST_UPDATE_TIME = "lastUpdateTime";
    public static final String SLOT_SUBMISSION_SET_STATUS = "SubmissionSetStatus";
    public static final String SLOT_AUTHOR_PERSON = "authorPerson";
    public static final String SLOT_AUTHOR_INSTITUTION = "authorInstitution";
    public static final String SLOT_AUTHOR_ROLE = "authorRole";
    public static final String SLOT_AUTHOR_SPECIALTY = "authorSpecialty";
    public static final String SLOT_AUTHOR_TELECOMMUNICATION = "authorTelecommunication";

    // Availability status (ebRIM) and the DMP's own statuses (dmp-reference 3, TD3.3c/d)
    public static final String STATUS_SUBMITTED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Submitted";
    public static final String STATUS_APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
    public static final String STATUS_DEPRECATED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated";
    public static final String STATUS_DMP_ARCHIVED = "urn:asip:ci-sis:2010:StatusType:Archived";
    public static final String STATUS_DMP_DELETED = "urn:asip:ci-sis:2010:StatusType:Deleted";

    // Association types
    public static final String ASSOC_HAS_MEMBER = "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember";
    public static final String ASSOC_RPLC = "urn:ihe:iti:2007:AssociationType:RPLC";
    public static final String ASSOC_APND = "urn:ihe:iti:2007:AssociationType:APND";
    public static final String ASSOC_XFRM = "urn:ihe:iti:2007:AssociationType:XFRM";
    public static final String ASSOC_XFRM_RPLC = "urn:ihe:iti:2007:AssociationType:XFRM_RPLC";
    public static final String ASSOC_SIGNS = "urn:ihe:iti:2007:AssociationType:signs";
    public static final String ASSOC_IS_SNAPSHOT_OF = "urn:ihe:iti:2010:AssociationType:IsSnapshotOf";
    public static final String ASSOC_UPDATE_AVAILABILITY_STATUS =
            "urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus";
    public static final String ASSOC_SUBMIT_ASSOCIATION = "urn:ihe:iti:2010:AssociationType:SubmitAssociation";

    // Registry response status and error severity
    public static final String RESPONSE_SUCCESS = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success";
    public static final String RESPONSE_FAILURE = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure";
    public static final String RESPONSE_PARTIAL_SUCCESS = "urn:ihe:iti:2007:ResponseStatusType:PartialSuccess";
    public static final String SEVERITY_ERROR = "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error";
    public static final String SEVERITY_WARNING = "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Warning";

    // Stored query return types
    public static final String RETURN_TYPE_LEAF_CLASS = "LeafClass";
    public static final String RETURN_TYPE_OBJECT_REF = "ObjectRef";

    // WS-Addressing actions (ITI TF-2)
    public static final String ACTION_ITI_41 = "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b";
    public static final String ACTION_ITI_42 = "urn:ihe:iti:2007:RegisterDocumentSet-b";
    public static final String ACTION_ITI_18 = "urn:ihe:iti:2007:RegistryStoredQuery";
    public static final String ACTION_ITI_43 = "urn:ihe:iti:2007:RetrieveDocumentSet";
    public static final String ACTION_ITI_57 = "urn:ihe:iti:2010:UpdateDocumentSet";

    public static final String UUID_PREFIX = "urn:uuid:";
}
