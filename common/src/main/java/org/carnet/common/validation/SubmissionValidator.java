package org.carnet.common.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.Submission;
import org.carnet.common.metadata.SubmissionSet;

/**
 * Checks a submission's internal consistency before anything is stored (ITI TF-3 4.1 and 4.3): required
 * attributes per {@link Profile}, well-formed patient ids, one patient across the submission, uniqueIds not
 * repeated within the message. Every problem is added to the request's {@link ErrorList}; rules that need the
 * registry's content (existing uniqueIds, known patients) are checked by the registry itself.
 */
public final class SubmissionValidator {
    private final Profile profile;

    public SubmissionValidator(Profile profile) {
        this.profile = profile;
    }

    public void validate(Submission submission, ErrorList errors) {
        SubmissionSet ss = submission.submissionSet();
        if (ss != null) {
            checkRequired(MetadataRules.SUBMISSION_SET, ss, ss.entryUuid(), errors);
            checkPatientId(ss.patientId(), ss.entryUuid(), errors);
        }
        for (DocumentEntry de : submission.documentEntries()) {
            checkRequired(MetadataRules.DOCUMENT_ENTRY, de, de.entryUuid(), errors);
            checkPatientId(de.patientId(), de.entryUuid(), errors);
            checkSamePatient(ss, de.patientId(), de.entryUuid(), errors);
        }
        for (Folder folder : submission.folders()) {
            checkRequired(MetadataRules.FOLDER, folder, folder.entryUuid(), errors);
            checkPatientId(folder.patientId(), folder.entryUuid(), errors);
            checkSamePatient(ss, folder.patientId(), folder.entryUuid(), errors);
        }
        checkUniqueIdsInMessage(submission, errors);
    }

    private <T> void checkRequired(List<AttributeRule<T>> rules, T object, String location, ErrorList errors) {
        for (AttributeRule<T> rule : rules) {
            if (rule.isMissing(object, profile)) {
                errors.metadata(rule.attribute() + " is required and missing", location);
            }
        }
    }

    private void checkPatientId(Cx patientId, String location, ErrorList errors) {
        if (patientId != null && !patientId.isValid()) {
            errors.metadata(patientId.problem(), location);
        }
    }

    private static void checkSamePatient(SubmissionSet ss, Cx patientId, String location, ErrorList errors) {
        if (ss == null || ss.patientId() == null || patientId == null || !ss.patientId().isValid()
                || !patientId.isValid()) {
            return;
        }
        if (!ss.patientId().samePatientAs(patientId)) {
            errors.add(ErrorCode.PATIENT_ID_DOES_NOT_MATCH, "patient id " + patientId.key()
                    + " differs from the submission set's " + ss.patientId().key(), location);
        }
    }

    private void checkUniqueIdsInMessage(Submission submission, ErrorList errors) {
        Map<String, String> seen = new HashMap<>();
        ErrorCode code = profile == Profile.ITI_41 ? ErrorCode.REPOSITORY_DUPLICATE_UNIQUE_ID_IN_MESSAGE
                : ErrorCode.REGISTRY_DUPLICATE_UNIQUE_ID_IN_MESSAGE;
        SubmissionSet ss = submission.submissionSet();
        if (ss != null && ss.uniqueId() != null) {
            seen.put(ss.uniqueId(), ss.entryUuid());
        }
        for (DocumentEntry de : submission.documentEntries()) {
            noteUniqueId(de.uniqueId(), de.entryUuid(), seen, code, errors);
        }
        for (Folder folder : submission.folders()) {
            noteUniqueId(folder.uniqueId(), folder.entryUuid(), seen, code, errors);
        }
    }

    private static void noteUniqueId(String uniqueId, String location, Map<String, String> seen, ErrorCode code,
                                     ErrorList errors) {
        if (uniqueId == null) {
            return;
        }
        String first = seen.putIfAbsent(uniqueId, location);
        if (first != null) {
            errors.add(code, "uniqueId " + uniqueId + " is used twice in this submission (also by " + first + ")",
                    location);
        }
    }

}
