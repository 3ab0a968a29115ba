package org.carnet.registry.query;

import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.CodeAttribute;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;

/**
 * GetAll (ITI TF-2 3.18.4.1.2.3.7.9): a patient's document entries, submission sets and folders with the given
 * statuses, and the associations between the objects returned.
 */
final class GetAll implements StoredQuery {

    @Override
    public Optional<String> patientParameter() {
        return Optional.of("$patientId");
    }

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        String patient = p.required("$patientId");
        Sql.Builder documents = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        Predicates.patient(documents, "d.patient_key", "$patientId", patient);
        Predicates.in(documents, "d.status", p.requiredList("$XDSDocumentEntryStatus"));
        Predicates.entryType(documents, p.list("$XDSDocumentEntryType"));
        if (p.has("$XDSDocumentEntryFormatCode")) {
            Predicates.codes(documents, "$XDSDocumentEntryFormatCode", CodeAttribute.FORMAT_CODE,
                    List.of(p.list("$XDSDocumentEntryFormatCode")));
        }
        if (p.has("$XDSDocumentEntryConfidentialityCode")) {
            Predicates.codes(documents, "$XDSDocumentEntryConfidentialityCode", CodeAttribute.CONFIDENTIALITY_CODE,
                    p.groups("$XDSDocumentEntryConfidentialityCode"));
        }
        Predicates.scope(documents, scope);

        Sql.Builder submissionSets = new Sql.Builder().append("FROM submission_set s WHERE 1=1");
        Predicates.patient(submissionSets, "s.patient_key", "$patientId", patient);
        Predicates.in(submissionSets, "s.status", p.requiredList("$XDSSubmissionSetStatus"));

        Sql.Builder folders = new Sql.Builder().append("FROM folder f WHERE 1=1");
        Predicates.patient(folders, "f.patient_key", "$patientId", patient);
        Predicates.in(folders, "f.status", p.requiredList("$XDSFolderStatus"));

        return List.of(new Selection(ObjectKind.SUBMISSION_SET, "s", submissionSets),
                new Selection(ObjectKind.FOLDER, "f", folders),
                new Selection(ObjectKind.DOCUMENT_ENTRY, "d", documents));
    }

    /**
     * The associations whose both ends were returned (HasMember and document relationships alike), and the
     * submission sets' HasMember to those associations (a document filed in a folder by a submission).
     */
    @Override
    public List<Selection> followUp(QueryParameters p, ConsultScope scope, List<StoredObject> found) {
        return found.isEmpty() ? List.of() : List.of(Associations.between(Associations.ids(found), null));
    }
}
