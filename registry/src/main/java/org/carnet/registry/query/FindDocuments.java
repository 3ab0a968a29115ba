package org.carnet.registry.query;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.CodeAttribute;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/** FindDocuments (ITI TF-2 3.18.4.1.2.3.7.1): a patient's document entries, by status and optional filters. */
final class FindDocuments implements StoredQuery {

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        Predicates.patient(sql, "d.patient_key", "$XDSDocumentEntryPatientId",
                p.required("$XDSDocumentEntryPatientId"));
        Predicates.in(sql, "d.status", p.requiredList("$XDSDocumentEntryStatus"));
        Predicates.entryType(sql, p.list("$XDSDocumentEntryType"));
        code(sql, p, "$XDSDocumentEntryClassCode", CodeAttribute.CLASS_CODE, false);
        code(sql, p, "$XDSDocumentEntryTypeCode", CodeAttribute.TYPE_CODE, false);
        code(sql, p, "$XDSDocumentEntryPracticeSettingCode", CodeAttribute.PRACTICE_SETTING_CODE, false);
        code(sql, p, "$XDSDocumentEntryHealthcareFacilityTypeCode", CodeAttribute.HEALTHCARE_FACILITY_TYPE_CODE,
                false);
        code(sql, p, "$XDSDocumentEntryFormatCode", CodeAttribute.FORMAT_CODE, false);
        code(sql, p, "$XDSDocumentEntryEventCodeList", CodeAttribute.EVENT_CODE, true);
        code(sql, p, "$XDSDocumentEntryConfidentialityCode", CodeAttribute.CONFIDENTIALITY_CODE, true);
        Predicates.timeRange(sql, "d.creation_time", p, "$XDSDocumentEntryCreationTimeFrom",
                "$XDSDocumentEntryCreationTimeTo");
        Predicates.timeRange(sql, "d.service_start_time", p, "$XDSDocumentEntryServiceStartTimeFrom",
                "$XDSDocumentEntryServiceStartTimeTo");
        Predicates.timeRange(sql, "d.service_stop_time", p, "$XDSDocumentEntryServiceStopTimeFrom",
                "$XDSDocumentEntryServiceStopTimeTo");
        sql.append(" AND (" + scope.documentCondition() + ")", scope.binds().toArray());
        return List.of(new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql));
    }

    /** Codes: groups ANDed for the AND/OR parameters; every value ORed for the others. */
    private static void code(Sql.Builder sql, QueryParameters p, String parameter, CodeAttribute attribute,
                             boolean andOr) {
        if (p.has(parameter)) {
            Predicates.codes(sql, parameter, attribute, andOr ? p.groups(parameter) : List.of(p.list(parameter)));
        }
    }
}
