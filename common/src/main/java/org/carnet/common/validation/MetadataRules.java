package org.carnet.common.validation;

import static org.carnet.common.validation.AttributeRule.required;
import static org.carnet.common.validation.AttributeRule.requiredIn;

import java.util.List;

import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.SubmissionSet;

/**
 * The required attributes of each XDS object type, per transaction (ITI TF-3 Table 4.3.1-3, column "XDS DS"
 * for ITI-41 and "XDS DR" for ITI-42). Data, not code: the validator walks these lists.
 */
final class MetadataRules {
    private MetadataRules() {
    }

    static final List<AttributeRule<DocumentEntry>> DOCUMENT_ENTRY = List.of(
            required("XDSDocumentEntry.patientId", DocumentEntry::patientId),
            required("XDSDocumentEntry.uniqueId", DocumentEntry::uniqueId),
            required("mimeType", DocumentEntry::mimeType),
            required("classCode", DocumentEntry::classCode),
            required("confidentialityCode", DocumentEntry::confidentialityCodes),
            required("formatCode", DocumentEntry::formatCode),
            required("healthcareFacilityTypeCode", DocumentEntry::healthcareFacilityTypeCode),
            required("practiceSettingCode", DocumentEntry::practiceSettingCode),
            required("typeCode", DocumentEntry::typeCode),
            required("creationTime", DocumentEntry::creationTime),
            required("languageCode", DocumentEntry::languageCode),
            required("sourcePatientId", DocumentEntry::sourcePatientId),
            requiredIn(Profile.ITI_42, "hash", DocumentEntry::hash),
            requiredIn(Profile.ITI_42, "size", DocumentEntry::size),
            requiredIn(Profile.ITI_42, "repositoryUniqueId", DocumentEntry::repositoryUniqueId));

    static final List<AttributeRule<SubmissionSet>> SUBMISSION_SET = List.of(
            required("XDSSubmissionSet.patientId", SubmissionSet::patientId),
            required("XDSSubmissionSet.uniqueId", SubmissionSet::uniqueId),
            required("XDSSubmissionSet.sourceId", SubmissionSet::sourceId),
            required("submissionTime", SubmissionSet::submissionTime),
            required("contentTypeCode", SubmissionSet::contentTypeCode));

    static final List<AttributeRule<Folder>> FOLDER = List.of(
            required("XDSFolder.patientId", Folder::patientId),
            required("XDSFolder.uniqueId", Folder::uniqueId),
            required("title", Folder::title),
            required("codeList", Folder::codeList));
}
