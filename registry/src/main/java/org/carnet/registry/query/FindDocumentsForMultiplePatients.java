package org.carnet.registry.query;

import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.registry.store.CodeAttribute;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * FindDocumentsForMultiplePatients (ITI-51, ITI TF-2 3.51.4.1.2.3.1): FindDocuments with the patient id
 * optional and multiple. So that a query never reads the whole registry, at least one of the patient id,
 * classCode, eventCodeList or healthcareFacilityTypeCode must be given (IPF's rule), else
 * XDSStoredQueryMissingParam; without a patient, that code drives the query through the index on code values.
 */
final class FindDocumentsForMultiplePatients implements StoredQuery {
    private static final List<String> NARROWING = List.of(FindDocuments.PATIENT_ID, FindDocuments.CLASS_CODE,
            FindDocuments.EVENT_CODE_LIST, FindDocuments.HEALTHCARE_FACILITY_TYPE_CODE);

    @Override
    public Optional<String> patientParameter() {
        return Optional.of(FindDocuments.PATIENT_ID);
    }

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        if (NARROWING.stream().allMatch(name -> p.list(name).isEmpty())) {
            throw new XdsException(ErrorCode.STORED_QUERY_MISSING_PARAM,
                    "at least one of " + String.join(", ", NARROWING) + " is required");
        }
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        List<String> patients = p.list(FindDocuments.PATIENT_ID);
        if (!patients.isEmpty()) {
            Predicates.patients(sql, "d.patient_key", FindDocuments.PATIENT_ID, patients);
        } else if (!p.list(FindDocuments.CLASS_CODE).isEmpty()) {
            Predicates.codeLookup(sql, FindDocuments.CLASS_CODE, CodeAttribute.CLASS_CODE,
                    p.list(FindDocuments.CLASS_CODE));
        } else if (!p.list(FindDocuments.HEALTHCARE_FACILITY_TYPE_CODE).isEmpty()) {
            Predicates.codeLookup(sql, FindDocuments.HEALTHCARE_FACILITY_TYPE_CODE,
                    CodeAttribute.HEALTHCARE_FACILITY_TYPE_CODE, p.list(FindDocuments.HEALTHCARE_FACILITY_TYPE_CODE));
        } else {
            Predicates.codeLookup(sql, FindDocuments.EVENT_CODE_LIST, CodeAttribute.EVENT_CODE,
                    p.groups(FindDocuments.EVENT_CODE_LIST).stream().filter(g -> !g.isEmpty()).findFirst()
                            .orElseThrow());
        }
        FindDocuments.filters(sql, p, scope);
        return List.of(new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql));
    }
}
