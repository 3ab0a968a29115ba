package org.carnet.repository.provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.SampleData.REPOSITORY_ID;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_HASH;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_REPOSITORY_UNIQUE_ID;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_SIZE;
import static org.carnet.repository.provide.TestRepository.documents;
import static org.carnet.repository.provide.TestRepository.sha1;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carnet.common.SampleData;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsError;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.repository.store.RepositoryIndex;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.SlotType1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITI-41 Provide and Register Document Set-b (IHE ITI TF-2 3.41.4.1.3): the repository stores the documents,
 * adds hash, size and its repositoryUniqueId to the metadata, registers it, and keeps nothing when any step
 * refuses. Each test changes one thing from a valid DMP-shaped sample.
 */
class ProvideAndRegisterServiceTest {
    private static final byte[] FIRST = SampleData.content("first");
    private static final byte[] SECOND = SampleData.content("second");

    @TempDir
    Path root;

    private TestRepository repository;

    @AfterEach
    void close() {
        if (repository != null) {
            repository.close();
        }
    }

    private TestRepository repository() {
        if (repository == null) {
            repository = new TestRepository(root);
        }
        return repository;
    }

    private static DocumentEntry entry(String id) {
        return SampleData.documentEntry(id, PATIENT).build();
    }

    private static Submission submissionOf(DocumentEntry... entries) {
        return SampleData.submission(PATIENT, List.of(entries));
    }

    /** Provides and expects a refusal; returns it. */
    private XdsException refused(Submission submission, Map<String, byte[]> documents) {
        XdsException e = catchThrowableOfType(() -> repository().provide(submission, documents), XdsException.class);
        assertThat(e).as("the submission should have been refused").isNotNull();
        return e;
    }

    /** Exactly one error, of Error severity, with this code and location. */
    private static XdsError expectOnly(XdsException e, ErrorCode code, String location) {
        assertThat(e.errors()).as("errors").hasSize(1);
        XdsError error = e.errors().get(0);
        assertThat(error.code()).as("code of %s", error).isEqualTo(code);
        assertThat(error.location()).as("location of %s", error).isEqualTo(location);
        assertThat(error.severity()).as("severity of %s", error).isEqualTo(XdsError.Severity.ERROR);
        return error;
    }

    private void expectNothingKept() throws Exception {
        TestRepository r = repository();
        assertThat(r.rows()).as("repository_document rows").isZero();
        assertThat(r.objectFiles()).as("stored content").isEmpty();
        assertThat(r.stagingFiles()).as("staged files").isEmpty();
        assertThat(r.pending.list()).as("pending intents").isEmpty();
        assertThat(r.pendingFiles()).as("files in pending/").isEmpty();
    }

    private static ExtrinsicObjectType extrinsicObject(SubmitObjectsRequest request, String id) {
        return SubmissionMapper.objects(request).stream()
                .filter(o -> o instanceof ExtrinsicObjectType && id.equals(o.getId()))
                .map(ExtrinsicObjectType.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no ExtrinsicObject " + id + " was registered"));
    }

    /** The values of every slot with this name: one slot with one value is expected. */
    private static List<String> slot(ExtrinsicObjectType eo, String name) {
        return eo.getSlot().stream().filter(s -> name.equals(s.getName()))
                .map(SlotType1::getValueList).flatMap(v -> v.getValue().stream()).toList();
    }

    @Test
    void twoDocumentsAreStoredAtTheirContentAddressAndRegisteredWithHashSizeAndRepository() throws Exception {
        DocumentEntry one = entry("Document01");
        DocumentEntry two = entry("Document02");

        repository().provide(submissionOf(one, two), documents("Document01", FIRST, "Document02", SECOND));

        SubmitObjectsRequest registered = repository.registry.onlyReceived();
        ExtrinsicObjectType eo1 = extrinsicObject(registered, "Document01");
        assertThat(slot(eo1, SLOT_HASH)).containsExactly(sha1(FIRST)).allMatch(h -> h.matches("[0-9a-f]{40}"));
        assertThat(slot(eo1, SLOT_SIZE)).containsExactly(Integer.toString(FIRST.length));
        assertThat(slot(eo1, SLOT_REPOSITORY_UNIQUE_ID)).containsExactly(REPOSITORY_ID);
        ExtrinsicObjectType eo2 = extrinsicObject(registered, "Document02");
        assertThat(slot(eo2, SLOT_HASH)).containsExactly(sha1(SECOND));
        assertThat(slot(eo2, SLOT_SIZE)).containsExactly(Integer.toString(SECOND.length));
        assertThat(slot(eo2, SLOT_REPOSITORY_UNIQUE_ID)).containsExactly(REPOSITORY_ID);

        assertThat(repository.rows()).isEqualTo(2);
        assertThat(repository.index.find(one.uniqueId())).contains(
                new RepositoryIndex.Entry(one.uniqueId(), sha1(FIRST), FIRST.length, "text/xml"));
        assertThat(repository.index.find(two.uniqueId())).contains(
                new RepositoryIndex.Entry(two.uniqueId(), sha1(SECOND), SECOND.length, "text/xml"));
        assertThat(repository.stored(sha1(FIRST))).isEqualTo(FIRST);
        assertThat(repository.stored(sha1(SECOND))).isEqualTo(SECOND);
        assertThat(repository.objectFiles()).hasSize(2);
        assertThat(repository.pending.list()).isEmpty();
        assertThat(repository.pendingFiles()).isEmpty();
        assertThat(repository.stagingFiles()).isEmpty();
    }

    /** NIST 11981: the hash the source sent is not the SHA-1 of the attached document. */
    @Test
    void hashThatIsNotTheDocumentsIsRefusedAndNothingIsKept() throws Exception {
        DocumentEntry wrong = SampleData.documentEntry("Document01", PATIENT).hash(sha1(SECOND)).build();

        XdsException e = refused(submissionOf(wrong), documents("Document01", FIRST));

        expectOnly(e, ErrorCode.REPOSITORY_METADATA_ERROR, "Document01");
        assertThat(repository.registry.received()).isEmpty();
        expectNothingKept();
    }

    /** NIST 12369: the size the source sent is not that of the attached document. */
    @Test
    void sizeThatIsNotTheDocumentsIsRefusedAndNothingIsKept() throws Exception {
        DocumentEntry wrong = SampleData.documentEntry("Document01", PATIENT).size(FIRST.length + 1L).build();

        XdsException e = refused(submissionOf(wrong), documents("Document01", FIRST));

        expectOnly(e, ErrorCode.REPOSITORY_METADATA_ERROR, "Document01");
        assertThat(repository.registry.received()).isEmpty();
        expectNothingKept();
    }

    @Test
    void matchingHashAndSizeFromTheSourceAreAcceptedWhateverTheHexCase() {
        DocumentEntry upper = SampleData.documentEntry("Document01", PATIENT).hash(sha1(FIRST).toUpperCase())
                .size((long) FIRST.length).build();

        repository().provide(submissionOf(upper), documents("Document01", FIRST));

        ExtrinsicObjectType eo = extrinsicObject(repository.registry.onlyReceived(), "Document01");
        assertThat(slot(eo, SLOT_HASH)).containsExactly(sha1(FIRST));
        assertThat(slot(eo, SLOT_SIZE)).containsExactly(Integer.toString(FIRST.length));
        assertThat(repository.rows()).isEqualTo(1);
    }

    @Test
    void entryWithoutDocumentIsXdsMissingDocument() throws Exception {
        XdsException e = refused(submissionOf(entry("Document01"), entry("Document02")),
                documents("Document01", FIRST));

        expectOnly(e, ErrorCode.MISSING_DOCUMENT, "Document02");
        assertThat(repository.registry.received()).isEmpty();
        expectNothingKept();
    }

    @Test
    void documentWithoutEntryIsXdsMissingDocumentMetadata() throws Exception {
        XdsException e = refused(submissionOf(entry("Document01")),
                documents("Document01", FIRST, "Document99", SECOND));

        expectOnly(e, ErrorCode.MISSING_DOCUMENT_METADATA, "Document99");
        assertThat(repository.registry.received()).isEmpty();
        expectNothingKept();
    }

    /** The DMP's TD2.1 example names the ExtrinsicObject {@code DocumentME2} and its Document {@code documentME2}. */
    @Test
    void documentIdDifferingOnlyInCaseIsPairedWithItsEntry() throws Exception {
        DocumentEntry me2 = entry("DocumentME2");

        repository().provide(submissionOf(me2), documents("documentME2", FIRST));

        ExtrinsicObjectType eo = extrinsicObject(repository.registry.onlyReceived(), "DocumentME2");
        assertThat(slot(eo, SLOT_HASH)).containsExactly(sha1(FIRST));
        assertThat(repository.index.find(me2.uniqueId())).map(RepositoryIndex.Entry::sha1).contains(sha1(FIRST));
        assertThat(repository.stored(sha1(FIRST))).isEqualTo(FIRST);
    }

    @Test
    void registryRefusalReachesTheCallerUnchangedAndNothingIsKept() throws Exception {
        XdsException refusal = new XdsException(ErrorCode.REGISTRY_METADATA_ERROR, "refused by the registry",
                "Document01");
        repository().registry.failWith(refusal);

        XdsException e = refused(submissionOf(entry("Document01"), entry("Document02")),
                documents("Document01", FIRST, "Document02", SECOND));

        assertThat(e).isSameAs(refusal);
        assertThat(repository.registry.received()).hasSize(1);
        expectNothingKept();
    }

    @Test
    void registryFailureIsUndoneTheSameWay() throws Exception {
        IllegalStateException failure = new IllegalStateException("registry database failure");
        repository().registry.failWith(failure);

        Throwable thrown = catchThrowableOfType(
                () -> repository.provide(submissionOf(entry("Document01")), documents("Document01", FIRST)),
                IllegalStateException.class);

        assertThat(thrown).isSameAs(failure);
        expectNothingKept();
    }

    @Test
    void registryRefusalKeepsContentThatAnEarlierDocumentShares() throws Exception {
        DocumentEntry earlier = entry("Document01");
        repository().provide(submissionOf(earlier), documents("Document01", FIRST));
        repository.registry.failWith(new XdsException(ErrorCode.REGISTRY_METADATA_ERROR, "refused", "Document01"));
        DocumentEntry later = entry("Document01");

        refused(submissionOf(later), documents("Document01", FIRST));

        assertThat(repository.rows()).isEqualTo(1);
        assertThat(repository.index.find(earlier.uniqueId())).isPresent();
        assertThat(repository.index.find(later.uniqueId())).isEmpty();
        assertThat(repository.objectFiles()).hasSize(1);
        assertThat(repository.stored(sha1(FIRST))).isEqualTo(FIRST);
        assertThat(repository.pending.list()).isEmpty();
        assertThat(repository.stagingFiles()).isEmpty();
    }

    @Test
    void documentOverTheSizeLimitIsXdsRepositoryErrorAndNothingIsKept() throws Exception {
        byte[] small = SampleData.content("a");
        byte[] large = SampleData.content("a label that makes this document longer than the limit");
        repository = new TestRepository(root, small.length);

        XdsException e = refused(submissionOf(entry("Document01"), entry("Document02")),
                documents("Document01", small, "Document02", large));

        expectOnly(e, ErrorCode.REPOSITORY_ERROR, "Document02");
        assertThat(repository.registry.received()).isEmpty();
        expectNothingKept();
    }
}
