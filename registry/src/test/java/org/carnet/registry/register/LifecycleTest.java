package org.carnet.registry.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.StoredQueryRequests.request;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_APND;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_XFRM;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_XFRM_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DEPRECATED;

import java.util.ArrayList;
import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.ebrim.FolderMapper;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.wsdl.rim.AssociationType1;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a registration does to what is already registered (ITI TF-3 4.2.2.2, NIST 12323 and 12327): a
 * replacement deprecates the original and joins its folders; a folder that gains a document moves its
 * lastUpdateTime; a deprecated document cannot be replaced again.
 */
class LifecycleTest {
    static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
    static final String GET_FOLDERS = "urn:uuid:5737b14c-8a1a-4539-b659-e03a34a5e1e4";
    static final String GET_ASSOCIATIONS = "urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155";

    private final TestRegistry registry = new TestRegistry().open(PATIENT);

    @AfterEach
    void close() {
        registry.close();
    }

    private static DocumentEntry entry(String id) {
        return SampleData.documentEntry(id, PATIENT).hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                .repositoryUniqueId(SampleData.REPOSITORY_ID).build();
    }

    private Submission register(Submission submission) {
        return registry.register.register(SubmissionMapper.toEbRim(submission), TestRegistry.CALLER, Profile.ITI_42,
                new TransactionContext());
    }

    /** One new document related to an already registered one by the given association type. */
    private Submission relate(String type, String targetUuid) {
        DocumentEntry replacement = entry("Document01");
        List<Association> associations = new ArrayList<>(SampleData.submission(PATIENT, List.of(replacement))
                .associations());
        associations.add(new Association("Relation01", type, "Document01", targetUuid));
        return register(new Submission(SampleData.submissionSet(PATIENT), List.of(replacement), List.of(),
                associations));
    }

    private Submission inNewFolder(DocumentEntry entry) {
        Folder folder = Folder.builder("Folder01").patientId(new Cx(PATIENT)).uniqueId(SampleData.newOid())
                .title(new LocalizedString("Suivi")).code(new Code("SUIVI", "1.2.250.1.999.4", "Suivi")).build();
        List<Association> associations = new ArrayList<>(SampleData.submission(PATIENT, List.of(entry))
                .associations());
        associations.add(new Association("AssocF", ASSOC_HAS_MEMBER, "SubmissionSet01", "Folder01"));
        associations.add(new Association("AssocFD", ASSOC_HAS_MEMBER, "Folder01", entry.entryUuid()));
        return register(new Submission(SampleData.submissionSet(PATIENT), List.of(entry), List.of(folder),
                associations));
    }

    private String status(String entryUuid) {
        return registry.queries.query(request(GET_DOCUMENTS, "LeafClass", "$XDSDocumentEntryEntryUUID",
                        "('" + entryUuid + "')"), TestRegistry.CALLER, new TransactionContext())
                .getRegistryObjectList().getIdentifiable().stream()
                .map(e -> ((ExtrinsicObjectType) e.getValue()).getStatus()).findFirst().orElseThrow();
    }

    private Folder folder(String entryUuid) {
        RegistryPackageType rp = (RegistryPackageType) registry.queries.query(request(GET_FOLDERS, "LeafClass",
                        "$XDSFolderEntryUUID", "('" + entryUuid + "')"), TestRegistry.CALLER, new TransactionContext())
                .getRegistryObjectList().getIdentifiable().get(0).getValue();
        return FolderMapper.fromEbRim(rp, new ErrorList());
    }

    @Test
    void replacementDeprecatesTheOriginalAndLeavesItselfApproved() {
        String original = register(SampleData.submission(PATIENT, List.of(entry("Document01"))))
                .documentEntries().get(0).entryUuid();

        String replacement = relate(ASSOC_RPLC, original).documentEntries().get(0).entryUuid();

        assertThat(status(original)).isEqualTo(STATUS_DEPRECATED);
        assertThat(status(replacement)).isEqualTo(STATUS_APPROVED);
    }

    @Test
    void transformAndReplaceDeprecatesTooButAnAddendumDoesNot() {
        String first = register(SampleData.submission(PATIENT, List.of(entry("Document01"))))
                .documentEntries().get(0).entryUuid();
        String second = register(SampleData.submission(PATIENT, List.of(entry("Document01"))))
                .documentEntries().get(0).entryUuid();

        relate(ASSOC_XFRM_RPLC, first);
        relate(ASSOC_APND, second);

        assertThat(status(first)).isEqualTo(STATUS_DEPRECATED);
        assertThat(status(second)).isEqualTo(STATUS_APPROVED);
    }

    @Test
    void replacingADocumentAlsoDeprecatesItsAddendaAndTransformations() {
        String original = register(SampleData.submission(PATIENT, List.of(entry("Document01"))))
                .documentEntries().get(0).entryUuid();
        String addendum = relate(ASSOC_APND, original).documentEntries().get(0).entryUuid();
        String transform = relate(ASSOC_XFRM, original).documentEntries().get(0).entryUuid();
        String unrelated = register(SampleData.submission(PATIENT, List.of(entry("Document01"))))
                .documentEntries().get(0).entryUuid();

        relate(ASSOC_RPLC, original);

        assertThat(List.of(status(original), status(addendum), status(transform)))
                .containsOnly(STATUS_DEPRECATED);
        assertThat(status(unrelated)).isEqualTo(STATUS_APPROVED);
    }

    @Test
    void replacingADeprecatedDocumentIsRefusedAndChangesNothing() {
        String original = register(SampleData.submission(PATIENT, List.of(entry("Document01"))))
                .documentEntries().get(0).entryUuid();
        relate(ASSOC_RPLC, original);

        try {
            relate(ASSOC_RPLC, original);
            throw new AssertionError("expected a refusal");
        } catch (XdsException e) {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(ErrorCode.REGISTRY_DEPRECATED_DOCUMENT_ERROR);
                assertThat(error.location()).isEqualTo("Relation01");
            });
        }
    }

    @Test
    void replacementJoinsTheFoldersOfTheOriginalAndTheFolderIsUpdated() throws Exception {
        Submission filed = inNewFolder(entry("Document01"));
        String original = filed.documentEntries().get(0).entryUuid();
        String folderUuid = filed.folders().get(0).entryUuid();
        String createdAt = folder(folderUuid).lastUpdateTime();
        Thread.sleep(1100); // lastUpdateTime has a precision of one second

        String replacement = relate(ASSOC_RPLC, original).documentEntries().get(0).entryUuid();

        List<String> members = registry.queries.query(request(GET_ASSOCIATIONS, "LeafClass", "$uuid",
                        "('" + folderUuid + "')"), TestRegistry.CALLER, new TransactionContext())
                .getRegistryObjectList().getIdentifiable().stream()
                .map(e -> (org.carnet.wsdl.rim.AssociationType1) e.getValue())
                .filter(a -> a.getSourceObject().equals(folderUuid))
                .map(org.carnet.wsdl.rim.AssociationType1::getTargetObject).toList();
        assertThat(members).containsExactlyInAnyOrder(original, replacement);
        assertThat(folder(folderUuid).lastUpdateTime()).isGreaterThan(createdAt);
    }

    @Test
    void documentAddedToAnExistingFolderMovesItsLastUpdateTime() throws Exception {
        Submission filed = inNewFolder(entry("Document01"));
        String folderUuid = filed.folders().get(0).entryUuid();
        String createdAt = folder(folderUuid).lastUpdateTime();
        Thread.sleep(1100);
        DocumentEntry added = entry("Document01");
        List<Association> associations = new ArrayList<>(SampleData.submission(PATIENT, List.of(added))
                .associations());
        associations.add(new Association("AssocFD", ASSOC_HAS_MEMBER, folderUuid, "Document01"));
        associations.add(new Association("AssocSFD", ASSOC_HAS_MEMBER, "SubmissionSet01", "AssocFD"));

        register(new Submission(SampleData.submissionSet(PATIENT), List.of(added), List.of(), associations));

        assertThat(folder(folderUuid).lastUpdateTime()).isGreaterThan(createdAt);
    }

    /** Metadata Update "submit an association" (ITI TF-3 4.1.12): a registered document filed into a registered folder. */
    @Test
    void updateFilesARegisteredDocumentIntoARegisteredFolder() {
        String folderUuid = inNewFolder(entry("Document01")).folders().get(0).entryUuid();
        String loose = register(SampleData.submission(PATIENT, List.of(entry("Document01"))))
                .documentEntries().get(0).entryUuid();
        List<Association> associations = List.of(
                new Association("AssocFD", ASSOC_HAS_MEMBER, folderUuid, loose),
                new Association("AssocSFD", ASSOC_HAS_MEMBER, "SubmissionSet01", "AssocFD"));

        registry.register.register(SubmissionMapper.toEbRim(new Submission(SampleData.submissionSet(PATIENT),
                List.of(), List.of(), associations)), TestRegistry.CALLER, Profile.ITI_57, new TransactionContext());

        List<String> members = registry.queries.query(request(GET_ASSOCIATIONS, "LeafClass", "$uuid",
                        "('" + folderUuid + "')"), TestRegistry.CALLER, new TransactionContext())
                .getRegistryObjectList().getIdentifiable().stream()
                .map(e -> ((AssociationType1) e.getValue()).getTargetObject())
                .filter(t -> !t.equals(folderUuid)).toList();
        assertThat(members).contains(loose).hasSize(2);
    }
}
