package org.carnet.common.validation;

import static org.carnet.common.validation.AttributeRule.required;
import static org.carnet.common.validation.AttributeRule.requiredIn;

import java.util.List;

import org.carnet.common.metadata.Author;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.SubmissionSet;

/**
 * The required attributes of each XDS object type, per transaction (ITI TF-3 Table 4.3.1-3, column "XDS DS"
 * for ITI-41 and "XDS DR" for ITI-42), and the formats of their values (ITI TF-3 4.2.3). Data, not code: the
 * validator walks these lists.
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
            // an on-demand entry has no creationTime: it is made when retrieved (ITI TF-3 4.2.3.2.6, ITI-61)
            required("creationTime", DocumentEntry::creationTime).onlyFor(de -> !de.isOnDemand()),
            required("languageCode", DocumentEntry::languageCode),
            required("sourcePatientId", DocumentEntry::sourcePatientId),
            // on-demand entries have no stored content: hash, size and repository come with their snapshots (ITI-61)
            requiredIn(Profile.ITI_42, Profile.ITI_57, "hash", DocumentEntry::hash).onlyFor(de -> !de.isOnDemand()),
            requiredIn(Profile.ITI_42, Profile.ITI_57, "size", DocumentEntry::size).onlyFor(de -> !de.isOnDemand()),
            requiredIn(Profile.ITI_42, Profile.ITI_57, "repositoryUniqueId", DocumentEntry::repositoryUniqueId));

    static final List<FormatRule<DocumentEntry>> DOCUMENT_ENTRY_FORMATS = List.of(
            new FormatRule<>("XDSDocumentEntry.uniqueId", DocumentEntry::uniqueId, Formats::documentUniqueId),
            new FormatRule<>("mimeType", DocumentEntry::mimeType, Formats::mimeType),
            new FormatRule<>("creationTime", DocumentEntry::creationTime, Formats::dtm),
            new FormatRule<>("serviceStartTime", DocumentEntry::serviceStartTime, Formats::dtm),
            new FormatRule<>("serviceStopTime", DocumentEntry::serviceStopTime, Formats::dtm),
            new FormatRule<>("languageCode", DocumentEntry::languageCode, Formats::language),
            new FormatRule<>("sourcePatientId", DocumentEntry::sourcePatientId, Formats::cx),
            new FormatRule<>("legalAuthenticator", DocumentEntry::legalAuthenticator, Formats::xcn),
            new FormatRule<>("hash", DocumentEntry::hash, Formats::sha1),
            new FormatRule<>("repositoryUniqueId", DocumentEntry::repositoryUniqueId, Formats::oid),
            new FormatRule<>("authorPerson", de -> authorPersons(de.authors()), Formats::xcn),
            new FormatRule<>("authorInstitution", de -> institutions(de.authors()), Formats::xon));

    static final List<FormatRule<SubmissionSet>> SUBMISSION_SET_FORMATS = List.of(
            new FormatRule<>("XDSSubmissionSet.uniqueId", SubmissionSet::uniqueId, Formats::oid),
            new FormatRule<>("XDSSubmissionSet.sourceId", SubmissionSet::sourceId, Formats::oid),
            new FormatRule<>("submissionTime", SubmissionSet::submissionTime, Formats::dtm),
            new FormatRule<>("authorPerson", ss -> authorPersons(ss.authors()), Formats::xcn),
            new FormatRule<>("authorInstitution", ss -> institutions(ss.authors()), Formats::xon));

    static final List<FormatRule<Folder>> FOLDER_FORMATS = List.of(
            new FormatRule<>("XDSFolder.uniqueId", Folder::uniqueId, Formats::oid));

    private static List<String> authorPersons(List<Author> authors) {
        return authors.stream().map(Author::person).filter(p -> p != null).toList();
    }

    private static List<String> institutions(List<Author> authors) {
        return authors.stream().flatMap(a -> a.institutions().stream()).toList();
    }

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
