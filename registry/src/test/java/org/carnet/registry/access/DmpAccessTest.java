package org.carnet.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.StoredQueryRequests.APPROVED;
import static org.carnet.common.StoredQueryRequests.FIND_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.request;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Author;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.common.metadata.Submission;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.registry.delete.DeleteService;
import org.carnet.registry.store.RegistryStore;
import org.carnet.wsdl.lcm.RemoveObjectsRequest;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.ObjectRefListType;
import org.carnet.wsdl.rim.ObjectRefType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DMP rules applied by the registry (issue 5, dmp-reference 3), over one dossier holding a plain report, a
 * masked one and one invisible to the patient, each in its own submission set, the first two filed in a folder.
 * Each kind of caller gets exactly what the rules let it see, through every query shape and return type, and
 * nothing else: not the hidden documents, nor the submission sets and associations that would reveal them.
 */
class DmpAccessTest {
    static final String GET_ALL = "urn:uuid:10b545ea-725c-446d-9b95-8aeb444eddf3";
    static final String GET_ASSOCIATIONS = "urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155";
    static final String GET_SUBMISSION_SET_AND_CONTENTS = "urn:uuid:e8e3cb2c-e39c-46b9-99e4-c12f57260b83";
    static final String GET_FOLDER_AND_CONTENTS = "urn:uuid:b909a503-523d-4517-8acf-8e5834dfc4c7";
    static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
    static final String DMP_CONFIDENTIALITY = "1.2.250.1.213.1.1.4.13";
    static final String STRUCTURE = "499900063480001";

    /** The author of every document: SampleData's (RPPS 899900063480). */
    static final Caller AUTHOR = professional("899900063480", "10", "SM26", AccessMode.NORMAL);
    static final Caller MEDECIN_TRAITANT = professional("810000000001", "10", "SM26", AccessMode.NORMAL);
    static final Caller NURSE = professional("810000000002", "60", null, AccessMode.NORMAL);
    static final Caller UNAUTHORISED = professional("810000000003", "10", "SM26", AccessMode.NORMAL);
    static final Caller BLOCKED = professional("810000000004", "10", "SM26", AccessMode.NORMAL);
    static final Caller EMERGENCY = professional("810000000005", "10", "SM26", AccessMode.BRIS_DE_GLACE);
    static final Caller PATIENT_SELF = Caller.patient(new Cx(PATIENT).key(), "patient", "192.0.2.9");

    private final TestRegistry registry = new TestRegistry().open(PATIENT);
    private final Map<String, String> uuid = new java.util.HashMap<>();
    private final Map<String, String> uniqueId = new java.util.HashMap<>();

    static Caller professional(String id, String profession, String speciality, AccessMode mode) {
        return new Caller(Actor.professional(id, profession, speciality, "4999" + id), "Dr " + id, mode,
                new Code(profession, "1.2.250.1.71.1.2.7", (String) null), "4999" + id, "192.0.2.1");
    }

    private static DocumentEntry entry(String label, String type, Code... confidentiality) {
        DocumentEntry.Builder b = SampleData.documentEntry(label, PATIENT)
                .typeCode(new Code(type, "2.16.840.1.113883.6.1", label))
                .hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L).repositoryUniqueId(SampleData.REPOSITORY_ID);
        for (Code c : confidentiality) {
            b.confidentialityCode(c);
        }
        return b.build();
    }

    private static Code dmp(String code) {
        return new Code(code, DMP_CONFIDENTIALITY, code);
    }

    private Submission register(Submission submission) {
        return registry.register.register(SubmissionMapper.toEbRim(submission), TestRegistry.CALLER, Profile.ITI_42,
                new TransactionContext());
    }

    @BeforeEach
    void fill() throws SQLException {
        Folder folder = Folder.builder("Folder01").patientId(new Cx(PATIENT)).uniqueId(SampleData.newOid())
                .title(new LocalizedString("Suivi")).code(new Code("SUIVI", "1.2.250.1.999.4", "Suivi")).build();
        DocumentEntry plain = entry("Plain", "34112-3");
        List<Association> associations = new ArrayList<>(SampleData.submission(PATIENT, List.of(plain))
                .associations());
        associations.add(new Association("AssocF", ASSOC_HAS_MEMBER, "SubmissionSet01", "Folder01"));
        associations.add(new Association("AssocFD", ASSOC_HAS_MEMBER, "Folder01", "Plain"));
        Submission first = register(new Submission(SampleData.submissionSet(PATIENT), List.of(plain),
                List.of(folder), associations));
        keep("Plain", first);
        uuid.put("SS1", first.submissionSet().entryUuid());
        uuid.put("Folder", first.folders().get(0).entryUuid());

        Submission second = register(SampleData.submission(PATIENT, List.of(entry("Masked", "18748-4",
                dmp("MASQUE_PS")))));
        keep("Masked", second);
        uuid.put("SS2", second.submissionSet().entryUuid());
        List<Association> filing = List.of(
                new Association("AssocFD2", ASSOC_HAS_MEMBER, uuid.get("Folder"), uuid.get("Masked")),
                new Association("AssocSFD2", ASSOC_HAS_MEMBER, "SubmissionSet01", "AssocFD2"));
        register(new Submission(SampleData.submissionSet(PATIENT), List.of(), List.of(), filing));

        Submission third = register(SampleData.submission(PATIENT, List.of(entry("Invisible", "11502-2",
                dmp("INVISIBLE_PATIENT")))));
        keep("Invisible", third);
        uuid.put("SS3", third.submissionSet().entryUuid());

        stand(MEDECIN_TRAITANT, "MEDECIN_TRAITANT");
        stand(NURSE, "AUTHORISED");
        stand(AUTHOR, "AUTHORISED");
        stand(BLOCKED, "AUTHORISED");
        stand(BLOCKED, "BLOCKED");
    }

    private void keep(String label, Submission submission) {
        uuid.put(label, submission.documentEntries().get(0).entryUuid());
        uniqueId.put(label, submission.documentEntries().get(0).uniqueId());
    }

    /** What the dossier API records (TD0.3, TD1.6), written directly: this test is about reading it. */
    private void stand(Caller professional, String relation) throws SQLException {
        try (Connection c = registry.database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO dossier_professional (patient_key, "
                     + "professional_id, relation, granted_by, since) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, new Cx(PATIENT).key());
            s.setString(2, professional.id());
            s.setString(3, relation);
            s.setString(4, "patient");
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private void dossierColumn(String column) throws SQLException {
        try (Connection c = registry.database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE dossier SET " + column + " = TRUE")) {
            s.executeUpdate();
        }
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private AdhocQueryResponse query(Caller caller, String returnType, String queryId, String... nameValues) {
        return registry.queries.query(request(queryId, returnType, nameValues), caller, new TransactionContext());
    }

    /** The labels of the objects returned, in a stable order. */
    private Set<String> labels(AdhocQueryResponse response) {
        Map<String, String> byUuid = new java.util.HashMap<>();
        uuid.forEach((label, id) -> byUuid.put(id, label));
        return new java.util.TreeSet<>(response.getRegistryObjectList().getIdentifiable().stream()
                .map(e -> e.getValue()).map(IdentifiableType::getId)
                .map(id -> byUuid.getOrDefault(id, "association")).toList());
    }

    private Set<String> findDocuments(Caller caller) {
        return labels(query(caller, "LeafClass", FIND_DOCUMENTS, "$XDSDocumentEntryPatientId", "'" + PATIENT + "'",
                "$XDSDocumentEntryStatus", APPROVED));
    }

    private List<String> associationEnds(Caller caller, String queryId, String... nameValues) {
        Map<String, String> byUuid = new java.util.HashMap<>();
        uuid.forEach((label, id) -> byUuid.put(id, label));
        return query(caller, "LeafClass", queryId, nameValues).getRegistryObjectList().getIdentifiable().stream()
                .map(e -> e.getValue()).filter(org.carnet.wsdl.rim.AssociationType1.class::isInstance)
                .map(org.carnet.wsdl.rim.AssociationType1.class::cast)
                .map(a -> byUuid.getOrDefault(a.getSourceObject(), "?") + "->"
                        + byUuid.getOrDefault(a.getTargetObject(), "association"))
                .sorted().toList();
    }

    private Set<String> getAll(Caller caller, String returnType) {
        String approved = APPROVED;
        return labels(query(caller, returnType, GET_ALL, "$patientId", "'" + PATIENT + "'",
                "$XDSDocumentEntryStatus", approved, "$XDSSubmissionSetStatus", approved,
                "$XDSFolderStatus", approved));
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (XdsException e) {
            return e.errors().get(0).code().wire() + " " + e.errors().get(0).codeContext();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void medecinTraitantAndAuthorFindEverythingButThePatientDoesNotSeeWhatIsInvisibleToThem() {
        assertThat(findDocuments(MEDECIN_TRAITANT)).containsExactly("Invisible", "Masked", "Plain");
        assertThat(findDocuments(AUTHOR)).containsExactly("Invisible", "Masked", "Plain");
        assertThat(findDocuments(PATIENT_SELF)).containsExactly("Masked", "Plain");
        assertThat(findDocuments(TestRegistry.CALLER)).containsExactly("Invisible", "Masked", "Plain");
    }

    @Test
    void anAuthorisedNurseDoesNotFindTheMaskedDocumentNorWhatWouldRevealIt() {
        assertThat(findDocuments(NURSE)).containsExactly("Invisible", "Plain");
        // SS2 holds only the masked document: it would reveal it, so it is not returned either
        assertThat(getAll(NURSE, "LeafClass")).containsExactly("Folder", "Invisible", "Plain", "SS1", "SS3",
                "association");
        assertThat(getAll(NURSE, "ObjectRef")).isEqualTo(getAll(NURSE, "LeafClass"));
        assertThat(associationEnds(NURSE, GET_ALL, "$patientId", "'" + PATIENT + "'", "$XDSDocumentEntryStatus",
                APPROVED, "$XDSSubmissionSetStatus", APPROVED, "$XDSFolderStatus", APPROVED))
                .containsExactly("Folder->Plain", "SS1->Folder", "SS1->Plain", "SS3->Invisible");
        assertThat(associationEnds(NURSE, GET_ASSOCIATIONS, "$uuid", "('" + uuid.get("Folder") + "')"))
                .containsExactly("Folder->Plain", "SS1->Folder");
        assertThat(associationEnds(NURSE, GET_ASSOCIATIONS, "$uuid", "('" + uuid.get("Masked") + "')")).isEmpty();
        assertThat(labels(query(NURSE, "LeafClass", GET_DOCUMENTS, "$XDSDocumentEntryUniqueId",
                "('" + uniqueId.get("Masked") + "')"))).isEmpty();
        assertThat(labels(query(NURSE, "ObjectRef", GET_SUBMISSION_SET_AND_CONTENTS,
                "$XDSSubmissionSetEntryUUID", "'" + uuid.get("SS2") + "'"))).isEmpty();
        assertThat(labels(query(NURSE, "LeafClass", GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID",
                "'" + uuid.get("Folder") + "'"))).containsExactly("Folder", "Plain", "association");
        assertThat(associationEnds(MEDECIN_TRAITANT, GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID",
                "'" + uuid.get("Folder") + "'")).containsExactly("Folder->Masked", "Folder->Plain");
    }

    @Test
    void unauthorisedAndBlockedProfessionalsAreRefusedTheDossierAndFindNothingByIdentifier() {
        assertThat(refusal(() -> findDocuments(UNAUTHORISED))).startsWith("XDSRegistryError access refused by DMP "
                + "rule NOT_AUTHORISED");
        assertThat(refusal(() -> findDocuments(BLOCKED))).startsWith("XDSRegistryError access refused by DMP rule "
                + "BLOCKED_BY_PATIENT");
        for (Caller caller : List.of(UNAUTHORISED, BLOCKED)) {
            assertThat(labels(query(caller, "ObjectRef", GET_DOCUMENTS, "$XDSDocumentEntryUniqueId",
                    "('" + uniqueId.get("Plain") + "')"))).isEmpty();
            assertThat(associationEnds(caller, GET_ASSOCIATIONS, "$uuid", "('" + uuid.get("Folder") + "')"))
                    .isEmpty();
        }
    }

    @Test
    void emergencyAccessFindsAllButMaskedDocumentsUnlessAllowedAndIsNotifiedToThePatient() throws SQLException {
        assertThat(findDocuments(EMERGENCY)).containsExactly("Invisible", "Plain");
        assertThat(notifications()).containsExactly("EMERGENCY_ACCESS 810000000005 bris_de_glace");

        dossierColumn("emergency_may_see_masked");
        assertThat(findDocuments(EMERGENCY)).containsExactly("Invisible", "Masked", "Plain");

        dossierColumn("opposes_bris_de_glace");
        assertThat(refusal(() -> findDocuments(EMERGENCY))).startsWith("XDSRegistryError access refused by DMP "
                + "rule EMERGENCY_OPPOSED");
        assertThat(labels(query(EMERGENCY, "LeafClass", GET_DOCUMENTS, "$XDSDocumentEntryUniqueId",
                "('" + uniqueId.get("Plain") + "')"))).isEmpty();
    }

    /** The DMP deletes logically (TD3.3c); ITI-62 removal for good is the administration's, a system actor's. */
    @Test
    void onlyASystemActorRemovesForGood() {
        RemoveObjectsRequest request = new RemoveObjectsRequest();
        ObjectRefListType refs = new ObjectRefListType();
        ObjectRefType ref = new ObjectRefType();
        ref.setId(uuid.get("Plain"));
        refs.getObjectRef().add(ref);
        request.setObjectRefList(refs);
        DeleteService deletions = new DeleteService(registry.database, new RegistryStore(), registry.policy);
        for (Caller caller : List.of(MEDECIN_TRAITANT, AUTHOR, PATIENT_SELF)) {
            assertThat(refusal(() -> deletions.delete(request, caller, new TransactionContext())))
                    .startsWith("XDSRegistryError access refused by DMP rule REMOVAL_ONLY_BY_ADMINISTRATION");
        }
        assertThat(findDocuments(MEDECIN_TRAITANT)).containsExactly("Invisible", "Masked", "Plain");
    }

    /** What the audit trail hears of a removal: the patient and the uniqueIds of the documents removed. */
    @Test
    void aRemovalNamesThePatientAndTheDocumentsItRemoved() {
        List<String> ids = new ArrayList<>(List.of(uuid.get("SS3"), uuid.get("Invisible")));
        query(TestRegistry.CALLER, "ObjectRef", GET_ASSOCIATIONS, "$uuid", "('" + uuid.get("Invisible") + "')")
                .getRegistryObjectList().getIdentifiable().forEach(e -> ids.add(e.getValue().getId()));
        RemoveObjectsRequest request = new RemoveObjectsRequest();
        ObjectRefListType refs = new ObjectRefListType();
        for (String id : ids) {
            ObjectRefType ref = new ObjectRefType();
            ref.setId(id);
            refs.getObjectRef().add(ref);
        }
        request.setObjectRefList(refs);
        List<TransactionEvent> events = new ArrayList<>();

        new Transactions(events::add, java.time.Clock.systemUTC()).run(Transaction.ITI_62, TestRegistry.CALLER,
                ErrorCode.REGISTRY_ERROR, tx -> {
                    new DeleteService(registry.database, new RegistryStore(), registry.policy)
                            .delete(request, TestRegistry.CALLER, tx);
                    return null;
                }, failure -> null);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(TransactionEvent.Outcome.SUCCESS);
            assertThat(e.patientKey()).isEqualTo(new Cx(PATIENT).key());
            assertThat(e.documentIds()).containsExactly(uniqueId.get("Invisible"));
        });
        assertThat(findDocuments(MEDECIN_TRAITANT)).containsExactly("Masked", "Plain");
    }

    /** ITI-43: what each caller may read, by the matrix and the masks; the rest is as unknown. */
    @Test
    void readingFollowsTheMatrixAndTheMasks() throws SQLException {
        Set<String> all = Set.of(uniqueId.get("Plain"), uniqueId.get("Masked"), uniqueId.get("Invisible"),
                "1.2.3.4.unknown");
        assertThat(registry.policy.retrievable(MEDECIN_TRAITANT, all)).containsExactlyInAnyOrder(
                uniqueId.get("Plain"), uniqueId.get("Masked"), uniqueId.get("Invisible"));
        // a nurse reads biology (11502-2), not a hospital report (34112-3); the masked imaging not at all
        assertThat(registry.policy.retrievable(NURSE, all)).containsExactly(uniqueId.get("Invisible"));
        assertThat(registry.policy.retrievable(PATIENT_SELF, all)).containsExactlyInAnyOrder(uniqueId.get("Plain"),
                uniqueId.get("Masked"));
        assertThat(registry.policy.retrievable(UNAUTHORISED, all)).isEmpty();
        assertThat(registry.policy.retrievable(BLOCKED, all)).isEmpty();
        assertThat(notifications()).isEmpty();

        assertThat(registry.policy.retrievable(EMERGENCY, all)).containsExactlyInAnyOrder(uniqueId.get("Plain"),
                uniqueId.get("Invisible"));
        assertThat(notifications()).containsExactly("EMERGENCY_ACCESS 810000000005 bris_de_glace");
    }

    private List<String> notifications() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = registry.database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT kind, actor_id, access_mode FROM patient_notification "
                     + "ORDER BY id");
             var rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return found;
    }

    @Test
    void aClosedDossierRefusesFeedingAndConsultation() throws SQLException {
        try (Connection c = registry.database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE dossier SET status = 'CLOSED'")) {
            s.executeUpdate();
        }
        assertThat(refusal(() -> findDocuments(MEDECIN_TRAITANT))).startsWith("XDSRegistryError access refused by "
                + "DMP rule DOSSIER_CLOSED");
        assertThat(refusal(() -> register(SampleData.submission(PATIENT, List.of(entry("Late", "34112-3"))))))
                .startsWith("XDSUnknownPatientId");
        assertThat(refusal(() -> findDocuments(TestRegistry.CALLER))).startsWith("XDSRegistryError access refused "
                + "by DMP rule DOSSIER_CLOSED");
        assertThat(labels(query(MEDECIN_TRAITANT, "ObjectRef", GET_DOCUMENTS, "$XDSDocumentEntryUniqueId",
                "('" + uniqueId.get("Plain") + "')"))).isEmpty();
    }

    /** A VIHF opens one dossier: the professional's assertion names the patient. */
    @Test
    void aCallerBoundToAnotherDossierIsRefused() {
        Caller elsewhere = new Caller(MEDECIN_TRAITANT.actor(), "Dr", AccessMode.NORMAL, null, null, "192.0.2.1",
                "999999^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(refusal(() -> findDocuments(elsewhere))).startsWith("XDSRegistryError access refused: the VIHF "
                + "assertion is for the dossier of 999999^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(labels(query(elsewhere, "ObjectRef", GET_DOCUMENTS, "$XDSDocumentEntryUniqueId",
                "('" + uniqueId.get("Plain") + "')"))).isEmpty();
    }

    @Test
    void aProfessionFeedsOnlyTheCategoriesItMayRead() {
        Author nurse = new Author("810000000002^INF^BRUNO^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS", List.of(),
                List.of(), List.of("G15_60^Infirmier^1.2.250.1.213.1.1.4.5"), List.of());
        DocumentEntry imaging = entry("Imaging", "18748-4").toBuilder().author(nurse).build();
        assertThat(refusal(() -> register(SampleData.submission(PATIENT, List.of(imaging)))))
                .startsWith("XDSRegistryError access refused by DMP rule AUTHOR_PROFESSION_MAY_NOT_FEED")
                .endsWith("(author profession 60)");
    }

    @Test
    void onlyTheAuthorOrTheMedecinTraitantMasksAndTheMaskHidesAtOnce() {
        assertThat(refusal(() -> mask(NURSE, "Plain"))).startsWith("XDSRegistryError MASK access refused by DMP "
                + "rule ONLY_AUTHOR_MAY_MANAGE");
        assertThat(findDocuments(NURSE)).containsExactly("Invisible", "Plain");

        mask(AUTHOR, "Plain");

        assertThat(findDocuments(NURSE)).containsExactly("Invisible");
        assertThat(findDocuments(MEDECIN_TRAITANT)).containsExactly("Invisible", "Masked", "Plain");
    }

    /** TD3.3a: a new version of the entry with MASQUE_PS added. */
    private void mask(Caller caller, String label) {
        DocumentEntry current = registry.queries.query(request(GET_DOCUMENTS, "LeafClass",
                        "$XDSDocumentEntryEntryUUID", "('" + uuid.get(label) + "')"), TestRegistry.CALLER,
                new TransactionContext()).getRegistryObjectList().getIdentifiable().stream()
                .map(e -> org.carnet.common.ebrim.DocumentEntryMapper.fromEbRim(
                        (org.carnet.wsdl.rim.ExtrinsicObjectType) e.getValue(), new org.carnet.common.error.ErrorList()))
                .findFirst().orElseThrow();
        DocumentEntry masked = current.toBuilder().entryUuid("NewVersion").version(null).availabilityStatus(null)
                .confidentialityCode(dmp("MASQUE_PS")).build();
        Submission update = new Submission(SampleData.submissionSet(PATIENT), List.of(masked), List.of(),
                List.of(new Association("Assoc01", ASSOC_HAS_MEMBER, "SubmissionSet01", "NewVersion", null,
                        "Original", List.of(new Slot("PreviousVersion", List.of(current.version()))))));
        registry.register.register(SubmissionMapper.toEbRim(update), caller, Profile.ITI_57,
                new TransactionContext());
        uuid.put(label, null);
        registry.queries.query(request(GET_DOCUMENTS, "ObjectRef", "$XDSDocumentEntryUniqueId",
                "('" + current.uniqueId() + "')"), TestRegistry.CALLER, new TransactionContext())
                .getRegistryObjectList().getIdentifiable().forEach(e -> uuid.put(label, e.getValue().getId()));
    }
}
