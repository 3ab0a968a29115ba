package org.carnet.common.validation;

import static org.carnet.common.vocabulary.Vocabulary.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.Submission;
import org.carnet.common.metadata.SubmissionSet;

/**
 * Checks a submission's internal consistency before anything is stored (ITI TF-3 4.1 and 4.2): required
 * attributes per {@link Profile}, value formats, coded values, well-formed patient ids, one patient across the
 * submission, uniqueIds not repeated within the message, and the associations' own rules. Every problem is
 * added to the request's {@link ErrorList}; rules that need the registry's content (existing uniqueIds, known
 * patients, association targets) are checked by the registry itself.
 */
public final class SubmissionValidator {
    private static final Set<String> ASSOCIATION_TYPES = Set.of(ASSOC_HAS_MEMBER, ASSOC_RPLC, ASSOC_APND, ASSOC_XFRM,
            ASSOC_XFRM_RPLC, ASSOC_SIGNS, ASSOC_IS_SNAPSHOT_OF);
    private static final Set<String> UPDATE_ASSOCIATION_TYPES = Set.of(ASSOC_UPDATE_AVAILABILITY_STATUS,
            ASSOC_SUBMIT_ASSOCIATION);
    private static final Set<String> SUBMISSION_SET_STATUSES = Set.of("Original", "Reference");

    private final Profile profile;
    private final CodeRules codes;

    public SubmissionValidator(Profile profile, CodeRules codes) {
        this.profile = profile;
        this.codes = codes;
    }

    public void validate(Submission submission, ErrorList errors) {
        SubmissionSet ss = submission.submissionSet();
        if (ss != null) {
            check(MetadataRules.SUBMISSION_SET, MetadataRules.SUBMISSION_SET_FORMATS, ss, ss.entryUuid(), errors);
            checkPatientId(ss.patientId(), ss.entryUuid(), errors);
            codes.checkSubmissionSet(ss, errors);
            if (ss.limitedMetadata()) {
                errors.metadata("limitedMetadata is for XDR and XDM, not for an XDS registry", ss.entryUuid());
            }
        }
        for (DocumentEntry de : submission.documentEntries()) {
            check(MetadataRules.DOCUMENT_ENTRY, MetadataRules.DOCUMENT_ENTRY_FORMATS, de, de.entryUuid(), errors);
            checkPatientId(de.patientId(), de.entryUuid(), errors);
            checkSamePatient(ss, de.patientId(), de.entryUuid(), errors);
            codes.checkDocumentEntry(de, errors);
            if (!DOC_ENTRY_STABLE.equals(de.objectType()) && !DOC_ENTRY_ON_DEMAND.equals(de.objectType())) {
                errors.metadata("objectType " + de.objectType() + " is neither a stable (" + DOC_ENTRY_STABLE
                        + ") nor an on-demand (" + DOC_ENTRY_ON_DEMAND + ") document entry", de.entryUuid());
            }
        }
        for (Folder folder : submission.folders()) {
            check(MetadataRules.FOLDER, MetadataRules.FOLDER_FORMATS, folder, folder.entryUuid(), errors);
            checkPatientId(folder.patientId(), folder.entryUuid(), errors);
            checkSamePatient(ss, folder.patientId(), folder.entryUuid(), errors);
            codes.checkFolder(folder, errors);
            if (folder.limitedMetadata()) {
                errors.metadata("limitedMetadata is for XDR and XDM, not for an XDS registry", folder.entryUuid());
            }
        }
        checkUniqueIdsInMessage(submission, errors);
        checkAssociations(submission, errors);
    }

    private boolean knownType(String type) {
        return ASSOCIATION_TYPES.contains(type) || (profile == Profile.ITI_57 && UPDATE_ASSOCIATION_TYPES.contains(type));
    }

    private <T> void check(List<AttributeRule<T>> required, List<FormatRule<T>> formats, T object, String location,
                           ErrorList errors) {
        for (AttributeRule<T> rule : required) {
            if (rule.isMissing(object, profile) && !errors.mentions(location, rule.attribute())) {
                errors.metadata(rule.attribute() + " is required and missing", location);
            }
        }
        for (FormatRule<T> rule : formats) {
            rule.problems(object).forEach(problem -> errors.metadata(problem, location));
        }
    }

    private static void checkPatientId(Cx patientId, String location, ErrorList errors) {
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

    /**
     * Association rules that need nothing but the submission (ITI TF-3 4.2.2): a known type, both ends named,
     * SubmissionSetStatus Original or Reference on the submission set's HasMember to a document, and every new
     * document entry a member of the submission set (ITI TF-3 4.1.4.1).
     */
    private void checkAssociations(Submission submission, ErrorList errors) {
        String ss = submission.submissionSet() == null ? null : submission.submissionSet().entryUuid();
        Set<String> entries = submission.documentEntries().stream().map(DocumentEntry::entryUuid)
                .collect(Collectors.toSet());
        for (Association a : submission.associations()) {
            if (!knownType(a.type())) {
                errors.metadata("associationType '" + a.type() + "' is not an XDS association type", a.entryUuid());
            }
            if (a.sourceUuid() == null || a.targetUuid() == null) {
                errors.metadata("association needs both a sourceObject and a targetObject", a.entryUuid());
                continue;
            }
            boolean ssToDocument = ASSOC_HAS_MEMBER.equals(a.type()) && a.sourceUuid().equals(ss);
            if (ssToDocument && entries.contains(a.targetUuid()) && a.submissionSetStatus() == null) {
                errors.metadata("HasMember from the submission set to a document needs the slot "
                        + SLOT_SUBMISSION_SET_STATUS + " (Original or Reference)", a.entryUuid());
            }
            if (a.submissionSetStatus() != null && !SUBMISSION_SET_STATUSES.contains(a.submissionSetStatus())) {
                errors.metadata(SLOT_SUBMISSION_SET_STATUS + " '" + a.submissionSetStatus()
                        + "' is neither Original nor Reference", a.entryUuid());
            }
        }
        Set<String> members = submission.associations().stream()
                .filter(a -> ASSOC_HAS_MEMBER.equals(a.type()) && a.sourceUuid() != null && a.sourceUuid().equals(ss))
                .map(Association::targetUuid)
                .collect(Collectors.toSet());
        for (DocumentEntry de : submission.documentEntries()) {
            if (ss != null && !members.contains(de.entryUuid())) {
                errors.metadata("document entry is not a member of the submission set (no HasMember association "
                        + "from it)", de.entryUuid());
            }
        }
    }
}
