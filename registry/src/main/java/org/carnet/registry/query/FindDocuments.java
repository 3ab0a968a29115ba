package org.carnet.registry.query;

import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.CodeAttribute;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/** FindDocuments (ITI TF-2 3.18.4.1.2.3.7.1): a patient's document entries, by status and optional filters. */
final class FindDocuments implements StoredQuery {
    static final String PATIENT_ID = "$XDSDocumentEntryPatientId";
    static final String CLASS_CODE = "$XDSDocumentEntryClassCode";
    static final String EVENT_CODE_LIST = "$XDSDocumentEntryEventCodeList";
    static final String HEALTHCARE_FACILITY_TYPE_CODE = "$XDSDocumentEntryHealthcareFacilityTypeCode";
    static final String FORMAT_CODE = "$XDSDocumentEntryFormatCode";
    static final String CONFIDENTIALITY_CODE = "$XDSDocumentEntryConfidentialityCode";
    static final String TYPE = "$XDSDocumentEntryType";

    @Override
    public Optional<String> patientParameter() {
        return Optional.of(PATIENT_ID);
    }

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        Predicates.patient(sql, "d.patient_key", PATIENT_ID, p.required(PATIENT_ID));
        filters(sql, p, scope);
        return List.of(new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql));
    }

    /**
     * Every condition of FindDocuments but the patient's, the caller's scope included: shared with
     * FindDocumentsByReferenceId and FindDocumentsForMultiplePatients (ITI-51), which take the same parameters.
     */
    static void filters(Sql.Builder sql, QueryParameters p, ConsultScope scope) {
        Predicates.in(sql, "d.status", p.requiredList("$XDSDocumentEntryStatus"));
        Predicates.entryType(sql, p.list(TYPE));
        code(sql, p, CLASS_CODE, CodeAttribute.CLASS_CODE, false);
        code(sql, p, "$XDSDocumentEntryTypeCode", CodeAttribute.TYPE_CODE, false);
        code(sql, p, "$XDSDocumentEntryPracticeSettingCode", CodeAttribute.PRACTICE_SETTING_CODE, false);
        code(sql, p, HEALTHCARE_FACILITY_TYPE_CODE, CodeAttribute.HEALTHCARE_FACILITY_TYPE_CODE, false);
        code(sql, p, FORMAT_CODE, CodeAttribute.FORMAT_CODE, false);
        code(sql, p, EVENT_CODE_LIST, CodeAttribute.EVENT_CODE, true);
        code(sql, p, CONFIDENTIALITY_CODE, CodeAttribute.CONFIDENTIALITY_CODE, true);
        Predicates.timeRange(sql, "d.creation_time", p, "$XDSDocumentEntryCreationTimeFrom",
                "$XDSDocumentEntryCreationTimeTo");
        Predicates.timeRange(sql, "d.service_start_time", p, "$XDSDocumentEntryServiceStartTimeFrom",
                "$XDSDocumentEntryServiceStartTimeTo");
        Predicates.timeRange(sql, "d.service_stop_time", p, "$XDSDocumentEntryServiceStopTimeFrom",
                "$XDSDocumentEntryServiceStopTimeTo");
        List<String> authors = p.list("$XDSDocumentEntryAuthorPerson");
        if (!authors.isEmpty()) {
            Predicates.authorPerson(sql, "document_author", "entry_uuid", "d.uuid", authors);
        }
        Predicates.scope(sql, scope);
    }

    /**
     * The member filters of GetSubmissionSetAndContents and GetFolderAndContents: formatCode (values ORed),
     * confidentialityCode (AND/OR) and the entry type.
     */
    static void memberFilters(Sql.Builder sql, QueryParameters p) {
        Predicates.entryType(sql, p.list(TYPE));
        code(sql, p, FORMAT_CODE, CodeAttribute.FORMAT_CODE, false);
        code(sql, p, CONFIDENTIALITY_CODE, CodeAttribute.CONFIDENTIALITY_CODE, true);
    }

    /** Codes: groups ANDed for the AND/OR parameters; every value ORed for the others. */
    private static void code(Sql.Builder sql, QueryParameters p, String parameter, CodeAttribute attribute,
                             boolean andOr) {
        if (p.has(parameter)) {
            Predicates.codes(sql, parameter, attribute, andOr ? p.groups(parameter) : List.of(p.list(parameter)));
        }
    }
}
