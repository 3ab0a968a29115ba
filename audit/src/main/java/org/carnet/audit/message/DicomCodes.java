package org.carnet.audit.message;

import org.carnet.common.transaction.Transaction;

/**
 * Every code an audit message uses, in one place: DICOM PS3.16 (code system {@code DCM}), RFC 3881 participant
 * object id types, IHE XDS metadata and IHE transaction codes (ITI TF-2), and Carnet's own DMP operations.
 */
public final class DicomCodes {
    public static final String DCM = "DCM";
    public static final String RFC_3881 = "RFC-3881";
    public static final String IHE_TRANSACTIONS = "IHE Transactions";
    public static final String IHE_XDS_METADATA = "IHE XDS Metadata";
    /** Code system of the DMP operations Carnet names in {@code TransactionEvent#action()} (MASK, OPEN, ...). */
    public static final String CARNET_DMP_OPERATIONS = "Carnet DMP operations";
    /** Code system of the settings named in a configuration-change alert. */
    public static final String CARNET_SETTINGS = "Carnet settings";

    // Event IDs (DICOM PS3.15 A.5.3; CID 400)
    public static final CodedValue APPLICATION_ACTIVITY = dcm("110100", "Application Activity");
    public static final CodedValue EXPORT = dcm("110106", "Export");
    public static final CodedValue IMPORT = dcm("110107", "Import");
    public static final CodedValue PATIENT_RECORD = dcm("110110", "Patient Record");
    public static final CodedValue QUERY = dcm("110112", "Query");
    public static final CodedValue SECURITY_ALERT = dcm("110113", "Security Alert");
    public static final CodedValue USER_AUTHENTICATION = dcm("110114", "User Authentication");

    // Event type codes (CID 401 Audit Event Type Codes, CID 403 Security Alert Type Codes)
    public static final CodedValue APPLICATION_START = dcm("110120", "Application Start");
    public static final CodedValue APPLICATION_STOP = dcm("110121", "Application Stop");
    public static final CodedValue LOGIN = dcm("110122", "Login");
    public static final CodedValue EMERGENCY_OVERRIDE_STARTED = dcm("110127", "Emergency Override Started");
    public static final CodedValue SECURITY_CONFIGURATION = dcm("110129", "Security Configuration");
    public static final CodedValue SOFTWARE_CONFIGURATION = dcm("110131", "Software Configuration");
    public static final CodedValue USE_OF_RESTRICTED_FUNCTION = dcm("110132", "Use of Restricted Function");

    // Active participant roles (CID 402 Audit Active Participant Role ID Codes)
    public static final CodedValue APPLICATION = dcm("110150", "Application");
    public static final CodedValue APPLICATION_LAUNCHER = dcm("110151", "Application Launcher");
    public static final CodedValue DESTINATION = dcm("110152", "Destination Role ID");
    public static final CodedValue SOURCE = dcm("110153", "Source Role ID");

    // Participant object id types
    public static final CodedValue PATIENT_NUMBER = new CodedValue("2", RFC_3881, "Patient Number");
    public static final CodedValue REPORT_NUMBER = new CodedValue("9", RFC_3881, "Report Number");
    public static final CodedValue URI = new CodedValue("12", RFC_3881, "URI");
    /** ITI-41/42/57: the submission set, identified by its uniqueId. */
    public static final CodedValue SUBMISSION_SET = new CodedValue("urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd",
            IHE_XDS_METADATA, "submission set classificationNode");
    /** ITI-62: a registry object removed, identified by its entryUUID. */
    public static final CodedValue OBJECT_REF = new CodedValue("urn:ihe:iti:2017:ObjectRef", IHE_XDS_METADATA,
            "registry object reference");
    /** A configuration-change alert: a setting, identified by its key. */
    public static final CodedValue SETTING = new CodedValue("setting", CARNET_SETTINGS, "configuration setting");

    // ParticipantObject codes (DICOM enumerations written as text)
    public static final String TYPE_PERSON = "1";
    public static final String TYPE_SYSTEM_OBJECT = "2";
    public static final String ROLE_PATIENT = "1";
    public static final String ROLE_REPORT = "3";
    public static final String ROLE_SECURITY_RESOURCE = "13";
    public static final String ROLE_JOB = "20";
    public static final String ROLE_QUERY = "24";
    public static final String LIFE_CYCLE_LOGICAL_DELETION = "14";
    public static final String LIFE_CYCLE_PERMANENT_ERASURE = "15";

    // ParticipantObjectDetail types (ITI TF-2)
    public static final String DETAIL_REPOSITORY_UNIQUE_ID = "Repository Unique Id";
    public static final String DETAIL_QUERY_ENCODING = "QueryEncoding";
    public static final String DETAIL_HOME_COMMUNITY_ID = "ihe:homeCommunityID";
    /** DICOM A.5.3.11: the reason of a security alert. */
    public static final String DETAIL_ALERT_DESCRIPTION = "Alert Description";

    /** The synchronous SOAP reply address, which ITI TF-2 names as the requesting actor's UserID. */
    public static final String WSA_ANONYMOUS = "http://www.w3.org/2005/08/addressing/anonymous";

    private DicomCodes() {
    }

    /** EventTypeCode (and, for queries, ParticipantObjectIDTypeCode) of an IHE transaction. */
    public static CodedValue transaction(Transaction transaction) {
        return new CodedValue(transaction.code(), IHE_TRANSACTIONS, transaction.displayName());
    }

    /** EventTypeCode naming a DMP operation such as MASK or OPEN. */
    public static CodedValue dmpOperation(String action) {
        return new CodedValue(action, CARNET_DMP_OPERATIONS, action);
    }

    private static CodedValue dcm(String code, String name) {
        return new CodedValue(code, DCM, name);
    }
}
