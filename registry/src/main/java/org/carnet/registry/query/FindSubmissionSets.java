package org.carnet.registry.query;

import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * FindSubmissionSets (ITI TF-2 3.18.4.1.2.3.7.2): a patient's submission sets by status, source, submission
 * time, author (one LIKE pattern) and contentTypeCode (values ORed).
 */
final class FindSubmissionSets implements StoredQuery {
    static final String PATIENT_ID = "$XDSSubmissionSetPatientId";
    static final String CONTENT_TYPE = "$XDSSubmissionSetContentType";

    @Override
    public Optional<String> patientParameter() {
        return Optional.of(PATIENT_ID);
    }

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        Sql.Builder sql = new Sql.Builder().append("FROM submission_set s WHERE 1=1");
        Predicates.patient(sql, "s.patient_key", PATIENT_ID, p.required(PATIENT_ID));
        Predicates.in(sql, "s.status", p.requiredList("$XDSSubmissionSetStatus"));
        List<String> sources = p.list("$XDSSubmissionSetSourceId");
        if (!sources.isEmpty()) {
            Predicates.in(sql, "s.source_id", sources);
        }
        Predicates.timeRange(sql, "s.submission_time", p, "$XDSSubmissionSetSubmissionTimeFrom",
                "$XDSSubmissionSetSubmissionTimeTo");
        p.single("$XDSSubmissionSetAuthorPerson").ifPresent(author ->
                Predicates.authorPerson(sql, "submission_set_author", "submission_set_uuid", "s.uuid",
                        List.of(author)));
        List<String> contentTypes = p.list(CONTENT_TYPE);
        if (!contentTypes.isEmpty()) {
            Predicates.codeColumns(sql, CONTENT_TYPE, "s.content_type_code", "s.content_type_scheme", contentTypes);
        }
        return List.of(new Selection(ObjectKind.SUBMISSION_SET, "s", sql));
    }
}
