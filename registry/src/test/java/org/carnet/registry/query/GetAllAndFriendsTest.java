package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.SampleData.REPOSITORY_ID;
import static org.carnet.common.StoredQueryRequests.APPROVED;
import static org.carnet.common.StoredQueryRequests.request;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;

import java.util.ArrayList;
import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
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
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.IdentifiableType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetAll, GetFolders and GetAssociations over a patient with a folder holding one of two documents. */
class GetAllAndFriendsTest {
    static final String GET_ALL = "urn:uuid:10b545ea-725c-446d-9b95-8aeb444eddf3";
    static final String GET_FOLDERS = "urn:uuid:5737b14c-8a1a-4539-b659-e03a34a5e1e4";
    static final String GET_ASSOCIATIONS = "urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155";

    private final TestRegistry registry = new TestRegistry().open(PATIENT).open(OTHER_PATIENT);
    private Submission registered;
    private Submission other;

    @BeforeEach
    void fill() {
        DocumentEntry inFolder = entry("Document01", PATIENT);
        DocumentEntry loose = entry("Document02", PATIENT);
        Folder folder = Folder.builder("Folder01").patientId(new Cx(PATIENT)).uniqueId(SampleData.newOid())
                .title(new LocalizedString("Suivi diabète")).code(new Code("DIAB", "1.2.250.1.999.4", "Diabète"))
                .build();
        List<Association> associations = new ArrayList<>(SampleData.submission(PATIENT, List.of(inFolder, loose))
                .associations());
        associations.add(new Association("AssocF", ASSOC_HAS_MEMBER, "SubmissionSet01", "Folder01"));
        associations.add(new Association("AssocFD", ASSOC_HAS_MEMBER, "Folder01", "Document01"));
        associations.add(new Association("AssocSFD", ASSOC_HAS_MEMBER, "SubmissionSet01", "AssocFD"));
        registered = register(new Submission(SampleData.submissionSet(PATIENT), List.of(inFolder, loose),
                List.of(folder), associations));
        other = register(SampleData.submission(OTHER_PATIENT, List.of(entry("Document01", OTHER_PATIENT))));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private static DocumentEntry entry(String id, String patient) {
        return SampleData.documentEntry(id, patient).hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                .repositoryUniqueId(REPOSITORY_ID).build();
    }

    private Submission register(Submission submission) {
        return registry.register.register(SubmissionMapper.toEbRim(submission), TestRegistry.CALLER, Profile.ITI_42,
                new TransactionContext());
    }

    private List<String> ids(String queryId, String... nameValues) {
        AdhocQueryResponse response = registry.queries.query(request(queryId, "ObjectRef", nameValues),
                TestRegistry.CALLER, new TransactionContext());
        return response.getRegistryObjectList().getIdentifiable().stream().map(e -> e.getValue())
                .map(IdentifiableType::getId).toList();
    }

    @Test
    void getAllReturnsThePatientsObjectsAndTheAssociationsBetweenThem() {
        List<String> expected = new ArrayList<>();
        expected.add(registered.submissionSet().entryUuid());
        registered.documentEntries().forEach(de -> expected.add(de.entryUuid()));
        registered.folders().forEach(f -> expected.add(f.entryUuid()));
        registered.associations().forEach(a -> expected.add(a.entryUuid()));

        assertThat(ids(GET_ALL, "$patientId", "'" + PATIENT + "'", "$XDSDocumentEntryStatus", APPROVED,
                "$XDSSubmissionSetStatus", APPROVED, "$XDSFolderStatus", APPROVED))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void getAllWithoutFolderStatusIsAMissingParam() {
        assertThatThrownBy(() -> ids(GET_ALL, "$patientId", "'" + PATIENT + "'", "$XDSDocumentEntryStatus", APPROVED,
                "$XDSSubmissionSetStatus", APPROVED))
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM));
    }

    @Test
    void getFoldersByUniqueIdAndByEntryUuid() {
        Folder folder = registered.folders().get(0);

        assertThat(ids(GET_FOLDERS, "$XDSFolderUniqueId", "('" + folder.uniqueId() + "')"))
                .containsExactly(folder.entryUuid());
        assertThat(ids(GET_FOLDERS, "$XDSFolderEntryUUID", "('" + folder.entryUuid() + "')"))
                .containsExactly(folder.entryUuid());
    }

    @Test
    void getAssociationsOfADocumentNamesItsSubmissionSetAndFolderMemberships() {
        String document = registered.documentEntries().get(0).entryUuid();
        List<String> expected = registered.associations().stream()
                .filter(a -> a.sourceUuid().equals(document) || a.targetUuid().equals(document))
                .map(Association::entryUuid).toList();

        assertThat(expected).hasSize(2);
        assertThat(ids(GET_ASSOCIATIONS, "$uuid", "('" + document + "')")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void getAssociationsSpanningTwoPatientsIsRefusedInLeafClass() {
        String mine = registered.documentEntries().get(0).entryUuid();
        String theirs = other.documentEntries().get(0).entryUuid();

        assertThatThrownBy(() -> registry.queries.query(request(GET_ASSOCIATIONS, "LeafClass",
                "$uuid", "('" + mine + "','" + theirs + "')"), TestRegistry.CALLER, new TransactionContext()))
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESULT_NOT_SINGLE_PATIENT));
    }
}
