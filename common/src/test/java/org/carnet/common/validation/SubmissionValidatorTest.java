package org.carnet.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.ExpectErrors.expectNone;
import static org.carnet.common.ExpectErrors.expectOnly;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.carnet.common.SampleData;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsError;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Submission;
import org.carnet.common.metadata.SubmissionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Required attributes per transaction (ITI TF-3 Table 4.3.1-3), patient ids and uniqueIds within one message.
 * Starts from SampleData's valid submission and changes one thing per test.
 */
class SubmissionValidatorTest {
    private static final String DOC = "Document01";
    private static final String SET = "SubmissionSet01";

    // ---- the valid samples

    @Test
    void sampleIsValidForIti41() {
        expectNone(validate(Profile.ITI_41, SampleData.singleDocument()));
    }

    @Test
    void sampleWithHashSizeAndRepositoryIsValidForIti42() {
        expectNone(validate(Profile.ITI_42, submissionOf(registered())));
    }

    @Test
    void plainAndDmpFormOfThePatientIdAreTheSamePatient() {
        DocumentEntry plain = registered().toBuilder()
                .patientId(new Cx("248039263001064^^^&1.2.250.1.213.1.4.10&ISO")).build();

        expectNone(validate(Profile.ITI_42, submissionOf(plain)));
    }

    // ---- document entry

    static Stream<Arguments> requiredDocumentEntryAttributes() {
        return Stream.of(
                missing("XDSDocumentEntry.patientId", d -> d.toBuilder().patientId(null).build()),
                missing("XDSDocumentEntry.uniqueId", d -> d.toBuilder().uniqueId(null).build()),
                missing("mimeType", d -> d.toBuilder().mimeType(null).build()),
                missing("mimeType", d -> d.toBuilder().mimeType("  ").build()),
                missing("classCode", d -> d.toBuilder().classCode(null).build()),
                missing("confidentialityCode", SubmissionValidatorTest::withoutConfidentialityCodes),
                missing("formatCode", d -> d.toBuilder().formatCode(null).build()),
                missing("healthcareFacilityTypeCode", d -> d.toBuilder().healthcareFacilityTypeCode(null).build()),
                missing("practiceSettingCode", d -> d.toBuilder().practiceSettingCode(null).build()),
                missing("typeCode", d -> d.toBuilder().typeCode(null).build()),
                missing("creationTime", d -> d.toBuilder().creationTime(null).build()),
                missing("languageCode", d -> d.toBuilder().languageCode(null).build()),
                missing("sourcePatientId", d -> d.toBuilder().sourcePatientId(null).build()),
                missing("hash", d -> d.toBuilder().hash(null).build()),
                missing("size", d -> d.toBuilder().size(null).build()),
                missing("repositoryUniqueId", d -> d.toBuilder().repositoryUniqueId(null).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredDocumentEntryAttributes")
    void documentEntryMissing(String attribute, UnaryOperator<DocumentEntry> change) {
        ErrorList errors = validate(Profile.ITI_42, submissionOf(change.apply(registered())));

        expectMissing(errors, attribute, DOC);
    }

    @Test
    void hashSizeAndRepositoryMayBeAbsentInIti41() {
        DocumentEntry provided = registered().toBuilder().hash(null).size(null).repositoryUniqueId(null).build();

        expectNone(validate(Profile.ITI_41, submissionOf(provided)));
    }

    @Test
    void malformedDocumentPatientId() {
        DocumentEntry entry = registered().toBuilder()
                .patientId(new Cx("248039263001064^^^&1.2.250.1.213.1.4.10&NOTISO^NH")).build();

        expectOnly(validate(Profile.ITI_42, submissionOf(entry)), ErrorCode.REGISTRY_METADATA_ERROR, DOC);
    }

    @Test
    void documentForAnotherPatient() {
        DocumentEntry entry = registered().toBuilder().patientId(new Cx(OTHER_PATIENT)).build();

        expectOnly(validate(Profile.ITI_42, submissionOf(entry)), ErrorCode.PATIENT_ID_DOES_NOT_MATCH, DOC);
    }

    @Test
    void sameDocumentUniqueIdTwiceInIti41() {
        DocumentEntry first = SampleData.documentEntry(DOC, PATIENT).build();
        DocumentEntry second = SampleData.documentEntry("Document02", PATIENT).uniqueId(first.uniqueId()).build();

        ErrorList errors = validate(Profile.ITI_41, SampleData.submission(PATIENT, List.of(first, second)));

        expectOnly(errors, ErrorCode.REPOSITORY_DUPLICATE_UNIQUE_ID_IN_MESSAGE, "Document02");
    }

    @Test
    void sameDocumentUniqueIdTwiceInIti42() {
        DocumentEntry first = registered();
        DocumentEntry second = registered().toBuilder().entryUuid("Document02").uniqueId(first.uniqueId()).build();

        ErrorList errors = validate(Profile.ITI_42, SampleData.submission(PATIENT, List.of(first, second)));

        expectOnly(errors, ErrorCode.REGISTRY_DUPLICATE_UNIQUE_ID_IN_MESSAGE, "Document02");
    }

    @Test
    void documentReusingTheSubmissionSetUniqueId() {
        Submission sample = submissionOf(registered());
        DocumentEntry entry = registered().toBuilder().uniqueId(sample.submissionSet().uniqueId()).build();

        ErrorList errors = validate(Profile.ITI_42, with(sample.submissionSet(), submissionOf(entry)));

        expectOnly(errors, ErrorCode.REGISTRY_DUPLICATE_UNIQUE_ID_IN_MESSAGE, DOC);
    }

    // ---- submission set

    @Test
    void submissionSetMissingSourceId() {
        SubmissionSet ss = toBuilder(SampleData.submissionSet(PATIENT)).sourceId(null).build();

        expectMissing(validate(Profile.ITI_42, with(ss, submissionOf(registered()))), "XDSSubmissionSet.sourceId", SET);
    }

    @Test
    void submissionSetMissingSubmissionTime() {
        SubmissionSet ss = toBuilder(SampleData.submissionSet(PATIENT)).submissionTime(null).build();

        expectMissing(validate(Profile.ITI_42, with(ss, submissionOf(registered()))), "submissionTime", SET);
    }

    @Test
    void submissionSetMissingContentTypeCode() {
        SubmissionSet ss = toBuilder(SampleData.submissionSet(PATIENT)).contentTypeCode(null).build();

        expectMissing(validate(Profile.ITI_42, with(ss, submissionOf(registered()))), "contentTypeCode", SET);
    }

    @Test
    void malformedSubmissionSetPatientId() {
        SubmissionSet ss = toBuilder(SampleData.submissionSet(PATIENT))
                .patientId(new Cx("248039263001064^^^&INS-NIR&ISO^NH")).build();

        expectOnly(validate(Profile.ITI_42, with(ss, submissionOf(registered()))), ErrorCode.REGISTRY_METADATA_ERROR,
                SET);
    }

    // ---- folder

    @Test
    void validFolder() {
        expectNone(validate(Profile.ITI_42, withFolder(folder().build())));
    }

    @Test
    void folderMissingCodeList() {
        Folder folder = Folder.builder("Folder01")
                .patientId(new Cx(PATIENT))
                .uniqueId(SampleData.newOid())
                .title(new LocalizedString("Classeur", "fr-FR", "UTF-8"))
                .build();

        expectMissing(validate(Profile.ITI_42, withFolder(folder)), "codeList", "Folder01");
    }

    @Test
    void folderForAnotherPatient() {
        Folder folder = folder().patientId(new Cx(OTHER_PATIENT)).build();

        expectOnly(validate(Profile.ITI_42, withFolder(folder)), ErrorCode.PATIENT_ID_DOES_NOT_MATCH, "Folder01");
    }

    // ---- helpers

    private static ErrorList validate(Profile profile, Submission submission) {
        ErrorList errors = new ErrorList();
        new SubmissionValidator(profile, CodeRules.acceptAny()).validate(submission, errors);
        return errors;
    }

    private static void expectMissing(ErrorList errors, String attribute, String location) {
        XdsError error = expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, location);
        assertThat(error.codeContext()).startsWith(attribute + " ");
    }

    private static Arguments missing(String attribute, UnaryOperator<DocumentEntry> change) {
        return arguments(attribute, change);
    }

    /** SampleData's entry with what the repository adds before ITI-42. */
    private static DocumentEntry registered() {
        return SampleData.documentEntry(DOC, PATIENT)
                .hash("da39a3ee5e6b4b0d3255bfef95601890afd80709")
                .size(0L)
                .repositoryUniqueId(SampleData.REPOSITORY_ID)
                .build();
    }

    private static Submission submissionOf(DocumentEntry entry) {
        return SampleData.submission(PATIENT, List.of(entry));
    }

    private static Submission with(SubmissionSet ss, Submission s) {
        return new Submission(ss, s.documentEntries(), s.folders(), s.associations());
    }

    private static Submission withFolder(Folder folder) {
        Submission s = submissionOf(registered());
        return new Submission(s.submissionSet(), s.documentEntries(), List.of(folder), s.associations());
    }

    private static Folder.Builder folder() {
        return Folder.builder("Folder01")
                .patientId(new Cx(PATIENT))
                .uniqueId(SampleData.newOid())
                .title(new LocalizedString("Classeur", "fr-FR", "UTF-8"))
                .code(new Code("10", "1.2.250.1.213.1.1.4.1", "Compte rendu"));
    }

    /** SubmissionSet has no toBuilder(); this one copies every field. */
    private static SubmissionSet.Builder toBuilder(SubmissionSet ss) {
        SubmissionSet.Builder b = SubmissionSet.builder(ss.entryUuid())
                .availabilityStatus(ss.availabilityStatus())
                .homeCommunityId(ss.homeCommunityId())
                .patientId(ss.patientId())
                .uniqueId(ss.uniqueId())
                .sourceId(ss.sourceId())
                .submissionTime(ss.submissionTime())
                .contentTypeCode(ss.contentTypeCode())
                .limitedMetadata(ss.limitedMetadata());
        ss.title().forEach(b::title);
        ss.comments().forEach(b::comments);
        ss.authors().forEach(b::author);
        ss.intendedRecipients().forEach(b::intendedRecipient);
        ss.extraSlots().forEach(b::extraSlot);
        return b;
    }

    /** DocumentEntry.Builder can add to a list but not empty it, hence the canonical constructor. */
    private static DocumentEntry withoutConfidentialityCodes(DocumentEntry d) {
        return new DocumentEntry(d.entryUuid(), d.logicalId(), d.version(), d.objectType(), d.mimeType(),
                d.availabilityStatus(), d.homeCommunityId(), d.patientId(), d.uniqueId(), d.title(), d.comments(),
                d.authors(), d.classCode(), List.of(), d.eventCodes(), d.formatCode(),
                d.healthcareFacilityTypeCode(), d.practiceSettingCode(), d.typeCode(), d.creationTime(),
                d.serviceStartTime(), d.serviceStopTime(), d.languageCode(), d.legalAuthenticator(),
                d.sourcePatientId(), d.sourcePatientInfo(), d.hash(), d.size(), d.uri(), d.repositoryUniqueId(),
                d.referenceIdList(), d.documentAvailability(), d.extraSlots());
    }
}
