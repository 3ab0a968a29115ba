package org.carnet.registry.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.StoredQueryRequests.FIND_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.request;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_UPDATE_AVAILABILITY_STATUS;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_ARCHIVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.ebrim.DocumentEntryMapper;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsError;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.CodeRules;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ITI-57 Update Document Set: a new version of a document entry (the DMP masks a document this way, TD3.3a)
 * and UpdateAvailabilityStatus (the DMP archives and deletes this way, TD3.3c/d); a refused update changes
 * nothing.
 */
class MetadataUpdateTest {
    static final Code MASQUE_PS = new Code("MASQUE_PS", "1.2.250.1.213.1.1.4.13", "Masqué aux PS");

    private final TestRegistry registry = new TestRegistry().open(PATIENT);
    private DocumentEntry original;

    @BeforeEach
    void registerOriginal() {
        original = registry.register.register(SubmissionMapper.toEbRim(SampleData.submission(PATIENT,
                        List.of(SampleData.documentEntry("Document01", PATIENT)
                                .hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                                .repositoryUniqueId(SampleData.REPOSITORY_ID).build()))),
                TestRegistry.CALLER, Profile.ITI_42, new TransactionContext()).documentEntries().get(0);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private Submission update(List<DocumentEntry> entries, List<Association> associations) {
        return registry.register.register(SubmissionMapper.toEbRim(new Submission(SampleData.submissionSet(PATIENT),
                entries, List.of(), associations)), TestRegistry.CALLER, Profile.ITI_57, new TransactionContext());
    }

    /** A new version of the original, as the DMP's masking request: same logical id and uniqueId, new codes. */
    private Submission newVersion(String previousVersion, DocumentEntry.Builder changed) {
        DocumentEntry next = changed.entryUuid("Document01").logicalId(original.logicalId()).version(null)
                .availabilityStatus(null).build();
        return update(List.of(next), List.of(new Association("Assoc01", ASSOC_HAS_MEMBER, "SubmissionSet01",
                "Document01", null, "Original", List.of(new Slot("PreviousVersion", List.of(previousVersion))))));
    }

    private Submission statusChange(String from, String to) {
        return update(List.of(), List.of(new Association("Assoc01", ASSOC_UPDATE_AVAILABILITY_STATUS,
                "SubmissionSet01", original.entryUuid(), null, null,
                List.of(new Slot("OriginalStatus", List.of(from)), new Slot("NewStatus", List.of(to))))));
    }

    private List<DocumentEntry> find(String status) {
        return find(status, "1");
    }

    private List<DocumentEntry> find(String status, String metadataLevel) {
        return registry.queries.query(request(FIND_DOCUMENTS, "LeafClass", "$XDSDocumentEntryPatientId",
                        "'" + PATIENT + "'", "$XDSDocumentEntryStatus", "('" + status + "')", "$MetadataLevel",
                        metadataLevel), TestRegistry.CALLER,
                new TransactionContext()).getRegistryObjectList().getIdentifiable().stream()
                .map(e -> DocumentEntryMapper.fromEbRim((ExtrinsicObjectType) e.getValue(), new ErrorList()))
                .toList();
    }

    private static XdsError refusal(Runnable update) {
        try {
            update.run();
        } catch (XdsException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("expected the update to be refused");
    }

    @Test
    void newVersionReplacesThePreviousOneInFindDocuments() {
        newVersion("1", original.toBuilder().confidentialityCode(MASQUE_PS));

        List<DocumentEntry> approved = find(STATUS_APPROVED);
        assertThat(approved).singleElement().satisfies(de -> {
            assertThat(de.logicalId()).isEqualTo(original.logicalId());
            assertThat(de.version()).isEqualTo("2");
            assertThat(de.uniqueId()).isEqualTo(original.uniqueId());
            assertThat(de.confidentialityCodes()).extracting(Code::code).containsExactly("N", "MASQUE_PS");
        });
        // ITI TF-2 3.18.4.1.2.3.5.1.1: a level-1 consumer (the default) never sees a version that is not the latest
        assertThat(find("urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated")).isEmpty();
        assertThat(find("urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated", "2"))
                .extracting(DocumentEntry::entryUuid).containsExactly(original.entryUuid());
    }

    @Test
    void getDocumentsByUniqueIdAnswersTheNewestVersionAndByEntryUuidTheVersionAsked() {
        String second = newVersion("1", original.toBuilder().confidentialityCode(MASQUE_PS)).documentEntries().get(0)
                .entryUuid();

        assertThat(get("$XDSDocumentEntryUniqueId", original.uniqueId(), "1")).extracting(DocumentEntry::entryUuid)
                .containsExactly(second);
        assertThat(get("$XDSDocumentEntryUniqueId", original.uniqueId(), "2")).extracting(DocumentEntry::entryUuid)
                .containsExactly(second);
        assertThat(get("$XDSDocumentEntryEntryUUID", original.entryUuid(), "2")).extracting(DocumentEntry::version)
                .containsExactly("1");
        assertThat(get("$XDSDocumentEntryEntryUUID", original.entryUuid(), "1")).isEmpty();
    }

    @Test
    void getDocumentsByLogicalIdAnswersTheVersionHistory() {
        String second = newVersion("1", original.toBuilder().confidentialityCode(MASQUE_PS)).documentEntries().get(0)
                .entryUuid();

        assertThat(get("$XDSDocumentEntryLogicalID", original.logicalId(), "2")).extracting(DocumentEntry::entryUuid)
                .containsExactlyInAnyOrder(original.entryUuid(), second);
        assertThat(get("$XDSDocumentEntryLogicalID", original.logicalId(), "1")).extracting(DocumentEntry::entryUuid)
                .containsExactly(second);
    }

    /** ITI TF-2 3.18.4.1.2.3.5.1.1: an Offline entry is shown at level 2 only. */
    @Test
    void offlineDocumentsAreForMetadataLevelTwo() {
        DocumentEntry offline = registry.register.register(SubmissionMapper.toEbRim(SampleData.submission(PATIENT,
                        List.of(SampleData.documentEntry("Document01", PATIENT)
                                .documentAvailability("urn:ihe:iti:2010:DocumentAvailability:Offline")
                                .hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                                .repositoryUniqueId(SampleData.REPOSITORY_ID).build()))),
                TestRegistry.CALLER, Profile.ITI_42, new TransactionContext()).documentEntries().get(0);

        assertThat(find(STATUS_APPROVED)).extracting(DocumentEntry::entryUuid).containsExactly(original.entryUuid());
        assertThat(find(STATUS_APPROVED, "2")).extracting(DocumentEntry::entryUuid)
                .containsExactlyInAnyOrder(original.entryUuid(), offline.entryUuid());
    }

    @Test
    void metadataLevelOtherThanOneOrTwoIsAMalformedValue() {
        try {
            registry.queries.query(request("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4", "LeafClass",
                    "$XDSDocumentEntryUniqueId", "('" + original.uniqueId() + "')", "$MetadataLevel", "3"),
                    TestRegistry.CALLER, new TransactionContext());
            throw new AssertionError("expected a refusal");
        } catch (XdsException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.REGISTRY_ERROR);
        }
    }

    private List<DocumentEntry> get(String parameter, String value, String metadataLevel) {
        return registry.queries.query(request("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4", "LeafClass", parameter,
                        "('" + value + "')", "$MetadataLevel", metadataLevel), TestRegistry.CALLER,
                        new TransactionContext())
                .getRegistryObjectList().getIdentifiable().stream()
                .map(e -> DocumentEntryMapper.fromEbRim((ExtrinsicObjectType) e.getValue(), new ErrorList()))
                .toList();
    }

    @Test
    void newVersionForAnotherPatientIsRefusedUnlessTheNodeAllowsIt() {
        registry.open(SampleData.OTHER_PATIENT);
        DocumentEntry moved = original.toBuilder().entryUuid("Document01").version(null).availabilityStatus(null)
                .patientId(new Cx(SampleData.OTHER_PATIENT)).build();
        Submission toOther = new Submission(SampleData.submissionSet(SampleData.OTHER_PATIENT), List.of(moved),
                List.of(), List.of(new Association("Assoc01", ASSOC_HAS_MEMBER, "SubmissionSet01", "Document01", null,
                "Original", List.of(new Slot("PreviousVersion", List.of("1"))))));

        XdsError error = refusal(() -> registry.register.register(SubmissionMapper.toEbRim(toOther),
                TestRegistry.CALLER, Profile.ITI_57, new TransactionContext()));

        assertThat(error.code()).isEqualTo(ErrorCode.PATIENT_ID_RECONCILIATION_ERROR);
        try (TestRegistry permissive = new TestRegistry(1000, CodeRules.acceptAny(), true)
                .open(PATIENT).open(SampleData.OTHER_PATIENT)) {
            DocumentEntry first = permissive.register.register(SubmissionMapper.toEbRim(SampleData.submission(PATIENT,
                    List.of(original.toBuilder().entryUuid("Document01").logicalId(null).version(null)
                            .availabilityStatus(null).build()))), TestRegistry.CALLER, Profile.ITI_42,
                    new TransactionContext()).documentEntries().get(0);
            DocumentEntry next = moved.toBuilder().logicalId(first.logicalId()).uniqueId(first.uniqueId()).build();
            Submission accepted = permissive.register.register(SubmissionMapper.toEbRim(new Submission(
                    SampleData.submissionSet(SampleData.OTHER_PATIENT), List.of(next), List.of(),
                    toOther.associations())), TestRegistry.CALLER, Profile.ITI_57, new TransactionContext());
            assertThat(accepted.documentEntries().get(0).version()).isEqualTo("2");
        }
    }

    @Test
    void newFolderVersionDeprecatesThePreviousOneAndKeepsItsDocuments() {
        Folder folder = Folder.builder("Folder01").patientId(new Cx(PATIENT))
                .uniqueId(SampleData.newOid()).title(new LocalizedString("Suivi"))
                .code(new Code("SUIVI", "1.2.250.1.999.4", "Suivi")).build();
        Submission filed = updateFolders(List.of(folder), List.of(
                new Association("AssocF", ASSOC_HAS_MEMBER, "SubmissionSet01", "Folder01"),
                new Association("AssocFD", ASSOC_HAS_MEMBER, "Folder01", original.entryUuid()),
                new Association("AssocSFD", ASSOC_HAS_MEMBER, "SubmissionSet01", "AssocFD")));
        Folder first = filed.folders().get(0);

        Folder renamed = Folder.builder("Folder02").logicalId(first.logicalId()).patientId(first.patientId())
                .uniqueId(first.uniqueId()).title(new LocalizedString("Suivi diabète")).code(first.codeList().get(0))
                .build();
        Folder second = updateFolders(List.of(renamed), List.of(new Association("AssocV",
                ASSOC_HAS_MEMBER, "SubmissionSet01", "Folder02", null, null,
                List.of(new Slot("PreviousVersion", List.of("1")))))).folders().get(0);

        assertThat(second.version()).isEqualTo("2");
        assertThat(ids("urn:uuid:958f3006-baad-4929-a4de-ff1114824431", "$XDSFolderPatientId", "'" + PATIENT + "'",
                "$XDSFolderStatus", "('" + STATUS_APPROVED + "')")).containsExactly(second.entryUuid());
        assertThat(ids("urn:uuid:b909a503-523d-4517-8acf-8e5834dfc4c7", "$XDSFolderEntryUUID",
                "'" + second.entryUuid() + "'")).contains(second.entryUuid(), original.entryUuid());
    }

    private List<String> ids(String queryId, String... nameValues) {
        return registry.queries.query(request(queryId, "ObjectRef", nameValues), TestRegistry.CALLER,
                new TransactionContext()).getRegistryObjectList().getIdentifiable().stream()
                .map(e -> e.getValue().getId()).toList();
    }

    private Submission updateFolders(List<Folder> folders, List<Association> associations) {
        return registry.register.register(SubmissionMapper.toEbRim(new Submission(SampleData.submissionSet(PATIENT),
                List.of(), folders, associations)), TestRegistry.CALLER, Profile.ITI_57, new TransactionContext());
    }

    @Test
    void previousVersionThatIsNotTheNewestIsAVersionError() {
        XdsError error = refusal(() -> newVersion("7", original.toBuilder()));

        assertThat(error.code()).isEqualTo(ErrorCode.METADATA_VERSION_ERROR);
        assertThat(error.location()).isEqualTo("Document01");
        assertThat(find(STATUS_APPROVED)).extracting(DocumentEntry::entryUuid).containsExactly(original.entryUuid());
    }

    @Test
    void newVersionMayNotChangeTheUniqueId() {
        XdsError error = refusal(() -> newVersion("1", original.toBuilder().uniqueId(SampleData.newOid())));

        assertThat(error.code()).isEqualTo(ErrorCode.METADATA_UPDATE_ERROR);
        assertThat(find(STATUS_APPROVED)).extracting(DocumentEntry::version).containsExactly("1");
    }

    @Test
    void archivedDocumentsAreFoundOnlyWhenTheStatusFilterAsksForThem() {
        statusChange(STATUS_APPROVED, STATUS_DMP_ARCHIVED);

        assertThat(find(STATUS_APPROVED)).isEmpty();
        assertThat(find(STATUS_DMP_ARCHIVED)).extracting(DocumentEntry::entryUuid)
                .containsExactly(original.entryUuid());
    }

    @Test
    void deletedIsALogicalDeleteThatNoLongerShowsAsApprovedOrArchived() {
        statusChange(STATUS_APPROVED, STATUS_DMP_ARCHIVED);
        statusChange(STATUS_DMP_ARCHIVED, STATUS_DMP_DELETED);

        assertThat(find(STATUS_APPROVED)).isEmpty();
        assertThat(find(STATUS_DMP_ARCHIVED)).isEmpty();
        assertThat(find(STATUS_DMP_DELETED)).isEmpty();
    }

    @Test
    void originalStatusThatIsNotTheCurrentOneIsRefusedAndChangesNothing() {
        XdsError error = refusal(() -> statusChange(STATUS_DMP_ARCHIVED, STATUS_DMP_DELETED));

        assertThat(error.code()).isEqualTo(ErrorCode.METADATA_UPDATE_ERROR);
        assertThat(error.location()).isEqualTo("Assoc01");
        assertThat(find(STATUS_APPROVED)).extracting(DocumentEntry::entryUuid).containsExactly(original.entryUuid());
    }

    @Test
    void updateAssociationsAreRefusedInARegistration() {
        try {
            registry.register.register(SubmissionMapper.toEbRim(new Submission(SampleData.submissionSet(PATIENT),
                    List.of(), List.of(), List.of(new Association("Assoc01", ASSOC_UPDATE_AVAILABILITY_STATUS,
                            "SubmissionSet01", original.entryUuid(), null, null, List.of())))),
                    TestRegistry.CALLER, Profile.ITI_42, new TransactionContext());
            throw new AssertionError("expected a refusal");
        } catch (XdsException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.REGISTRY_METADATA_ERROR);
        }
        assertThat(find(STATUS_APPROVED)).hasSize(1);
    }
}
