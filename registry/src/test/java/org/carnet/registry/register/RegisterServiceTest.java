package org.carnet.registry.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.SampleData.REPOSITORY_ID;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.codes.ValueSets;
import org.carnet.common.metadata.Code;
import org.carnet.common.validation.CodeRules;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsError;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ITI-42 Register Document Set-b against a real (in-memory) registry database. */
class RegisterServiceTest {
    private final TestRegistry registry = new TestRegistry().open(PATIENT);

    @AfterEach
    void close() {
        registry.close();
    }

    static DocumentEntry.Builder registered(String id, String patient) {
        return SampleData.documentEntry(id, patient).hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                .repositoryUniqueId(REPOSITORY_ID);
    }

    private Submission register(Submission submission) {
        return registry.register.register(SubmissionMapper.toEbRim(submission), TestRegistry.CALLER, Profile.ITI_42,
                new TransactionContext());
    }

    private int count(String table) throws Exception {
        try (Connection c = registry.database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static XdsError onlyError(Runnable action) {
        try {
            action.run();
        } catch (XdsException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("expected the submission to be refused");
    }

    @Test
    void registersEveryObjectWithUuidsAndApprovedStatus() throws Exception {
        Submission result = register(SampleData.submission(PATIENT,
                List.of(registered("Document01", PATIENT).build(), registered("Document02", PATIENT).build())));

        assertThat(result.documentEntries()).allSatisfy(de -> {
            assertThat(de.entryUuid()).startsWith("urn:uuid:");
            assertThat(de.logicalId()).isEqualTo(de.entryUuid());
            assertThat(de.version()).isEqualTo("1");
            assertThat(de.availabilityStatus()).isEqualTo("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved");
        });
        assertThat(result.associations()).extracting(Association::sourceUuid)
                .containsOnly(result.submissionSet().entryUuid());
        assertThat(count("document_entry")).isEqualTo(2);
        assertThat(count("submission_set")).isEqualTo(1);
        assertThat(count("association")).isEqualTo(2);
        assertThat(count("registry_object")).isEqualTo(5);
        // classCode, typeCode, formatCode, practiceSetting, facilityType, confidentiality, event: 7 per entry
        assertThat(count("document_code")).isEqualTo(14);
    }

    @Test
    void unknownPatientIsRefusedWithXdsUnknownPatientId() throws Exception {
        XdsError error = onlyError(() -> register(SampleData.submission(OTHER_PATIENT,
                List.of(registered("Document01", OTHER_PATIENT).build()))));

        assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_PATIENT_ID);
        assertThat(error.codeContext()).contains("179105613712345^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(count("registry_object")).isZero();
    }

    @Test
    void patientIdWithoutTypeCodeNamesTheSameDossier() {
        String plain = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";
        Submission result = register(SampleData.submission(plain, List.of(registered("Document01", plain).build())));

        assertThat(result.submissionSet().patientId().key()).isEqualTo(plain);
    }

    @Test
    void secondSubmissionOfTheSameDocumentUniqueIdIsADuplicate() throws Exception {
        DocumentEntry entry = registered("Document01", PATIENT).build();
        register(SampleData.submission(PATIENT, List.of(entry)));

        XdsError error = onlyError(() -> register(SampleData.submission(PATIENT, List.of(entry))));

        assertThat(error.code()).isEqualTo(ErrorCode.DUPLICATE_UNIQUE_ID_IN_REGISTRY);
        assertThat(error.location()).isEqualTo("Document01");
        assertThat(count("document_entry")).isEqualTo(1);
        assertThat(count("submission_set")).isEqualTo(1);
    }

    @Test
    void sameDocumentUniqueIdWithAnotherHashIsNonIdenticalHash() {
        DocumentEntry entry = registered("Document01", PATIENT).build();
        register(SampleData.submission(PATIENT, List.of(entry)));
        DocumentEntry changed = entry.toBuilder().hash("0000000000000000000000000000000000000000").build();

        XdsError error = onlyError(() -> register(SampleData.submission(PATIENT, List.of(changed))));

        assertThat(error.code()).isEqualTo(ErrorCode.NON_IDENTICAL_HASH);
    }

    @Test
    void reusedSubmissionSetUniqueIdIsADuplicate() throws Exception {
        Submission first = SampleData.submission(PATIENT, List.of(registered("Document01", PATIENT).build()));
        register(first);
        Submission second = new Submission(first.submissionSet(), List.of(registered("Document01", PATIENT).build()),
                List.of(), first.associations());

        XdsError error = onlyError(() -> register(second));

        assertThat(error.code()).isEqualTo(ErrorCode.DUPLICATE_UNIQUE_ID_IN_REGISTRY);
        assertThat(error.location()).isEqualTo("SubmissionSet01");
        assertThat(count("submission_set")).isEqualTo(1);
    }

    @Test
    void documentOfAnotherPatientIsRefusedAndNothingIsStored() throws Exception {
        registry.open(OTHER_PATIENT);
        XdsError error = onlyError(() -> register(SampleData.submission(PATIENT,
                List.of(registered("Document01", OTHER_PATIENT).build()))));

        assertThat(error.code()).isEqualTo(ErrorCode.PATIENT_ID_DOES_NOT_MATCH);
        assertThat(error.location()).isEqualTo("Document01");
        assertThat(count("registry_object")).isZero();
    }

    @Test
    void missingHashIsAMetadataErrorInIti42() {
        XdsError error = onlyError(() -> register(SampleData.submission(PATIENT,
                List.of(SampleData.documentEntry("Document01", PATIENT).size(5L).repositoryUniqueId(REPOSITORY_ID)
                        .build()))));

        assertThat(error.code()).isEqualTo(ErrorCode.REGISTRY_METADATA_ERROR);
        assertThat(error.codeContext()).isEqualTo("hash is required and missing");
        assertThat(error.location()).isEqualTo("Document01");
    }

    @Test
    void associationToAnUnknownObjectIsAnUnresolvedReference() throws Exception {
        DocumentEntry entry = registered("Document01", PATIENT).build();
        Submission base = SampleData.submission(PATIENT, List.of(entry));
        List<Association> associations = new java.util.ArrayList<>(base.associations());
        associations.add(new Association("Replace01", ASSOC_RPLC, "Document01",
                "urn:uuid:4c3e4d8a-0000-4000-8000-000000000001"));

        XdsError error = onlyError(() -> register(new Submission(base.submissionSet(), base.documentEntries(),
                List.of(), associations)));

        assertThat(error.code()).isEqualTo(ErrorCode.UNRESOLVED_REFERENCE_EXCEPTION);
        assertThat(error.location()).isEqualTo("Replace01");
        assertThat(count("registry_object")).isZero();
    }

    @Test
    void documentThatIsNotAMemberOfTheSubmissionSetIsRefused() {
        Submission base = SampleData.submission(PATIENT, List.of(registered("Document01", PATIENT).build()));
        Submission withoutMembership = new Submission(base.submissionSet(), base.documentEntries(), List.of(),
                List.of());

        XdsError error = onlyError(() -> register(withoutMembership));

        assertThat(error.code()).isEqualTo(ErrorCode.REGISTRY_METADATA_ERROR);
        assertThat(error.location()).isEqualTo("Document01");
    }

    @Test
    void allProblemsOfASubmissionAreReportedTogether() {
        DocumentEntry noClass = registered("Document01", PATIENT).classCode(null).build();
        DocumentEntry noType = registered("Document02", PATIENT).typeCode(null).build();

        assertThatThrownBy(() -> register(SampleData.submission(PATIENT, List.of(noClass, noType))))
                .isInstanceOfSatisfying(XdsException.class, e -> assertThat(e.errors())
                        .extracting(XdsError::code, XdsError::location)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(ErrorCode.REGISTRY_METADATA_ERROR, "Document01"),
                                org.assertj.core.groups.Tuple.tuple(ErrorCode.REGISTRY_METADATA_ERROR, "Document02")));
    }

    @Test
    void codeOutsideTheNodesValueSetIsRefused() {
        try (TestRegistry strict = new TestRegistry(1000, new CodeRules(ValueSets.defaults())).open(PATIENT)) {
            DocumentEntry unknownType = registered("Document01", PATIENT)
                    .typeCode(new Code("99999-9", "2.16.840.1.113883.6.1", "inconnu")).build();

            XdsError error = onlyError(() -> strict.register.register(SubmissionMapper.toEbRim(
                    SampleData.submission(PATIENT, List.of(unknownType))), TestRegistry.CALLER, Profile.ITI_42,
                    new TransactionContext()));

            assertThat(error.code()).isEqualTo(ErrorCode.REGISTRY_METADATA_ERROR);
            assertThat(error.codeContext())
                    .isEqualTo("typeCode 99999-9 (2.16.840.1.113883.6.1) is not in the node's value set for typeCode");
            assertThat(error.location()).isEqualTo("Document01");
        }
    }

    @Test
    void hasMemberToAnExistingDocumentOfTheSamePatientIsAccepted() throws Exception {
        Submission first = register(SampleData.submission(PATIENT, List.of(registered("Document01", PATIENT).build())));
        String existing = first.documentEntries().get(0).entryUuid();
        Submission reference = new Submission(SampleData.submissionSet(PATIENT), List.of(), List.of(),
                List.of(new Association("Assoc1", ASSOC_HAS_MEMBER, "SubmissionSet01", existing, null, "Reference",
                        List.of())));

        register(reference);

        assertThat(count("submission_set")).isEqualTo(2);
        assertThat(count("association")).isEqualTo(2);
    }
}
