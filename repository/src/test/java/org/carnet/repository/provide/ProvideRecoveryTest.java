package org.carnet.repository.provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.repository.provide.TestRepository.NOW;
import static org.carnet.repository.provide.TestRepository.documents;
import static org.carnet.repository.provide.TestRepository.sha1;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carnet.common.SampleData;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.repository.store.PendingDocument;
import org.carnet.repository.store.PendingSubmission;
import org.carnet.repository.store.StagedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up recovery of an ITI-41 submission that a crash interrupted between storing its documents and
 * completing its intent: undone when the registry does not hold it, kept when it does.
 */
class ProvideRecoveryTest {
    private static final byte[] FIRST = SampleData.content("first");
    private static final byte[] SECOND = SampleData.content("second");

    @TempDir
    Path root;

    private TestRepository repository;
    private ProvideRecovery recovery;

    @BeforeEach
    void setUp() {
        repository = new TestRepository(root);
        recovery = new ProvideRecovery(repository.store, repository.pending, repository.index, repository.registry);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    /**
     * What {@link ProvideAndRegisterService} has done when the node stops just before registering: documents
     * staged, intent written, content promoted, index rows committed. Arguments: uniqueId, bytes, uniqueId, bytes…
     */
    private PendingSubmission interruptedBeforeRegistering(Object... uniqueIdsAndBytes) throws Exception {
        List<StagedDocument> staged = new ArrayList<>();
        List<PendingDocument> documents = new ArrayList<>();
        for (int i = 0; i < uniqueIdsAndBytes.length; i += 2) {
            byte[] bytes = (byte[]) uniqueIdsAndBytes[i + 1];
            StagedDocument s = repository.store.stage(new ByteArrayInputStream(bytes));
            staged.add(s);
            documents.add(new PendingDocument((String) uniqueIdsAndBytes[i], s.sha1(), s.size(), "text/xml"));
        }
        PendingSubmission intent = new PendingSubmission(UUID.randomUUID().toString(), documents);
        repository.pending.write(intent);
        for (StagedDocument s : staged) {
            repository.store.promote(s);
        }
        repository.index.addAll(documents, NOW);
        return intent;
    }

    @Test
    void submissionTheRegistryNeverRegisteredIsUndone() throws Exception {
        String one = SampleData.newOid();
        String two = SampleData.newOid();
        interruptedBeforeRegistering(one, FIRST, two, SECOND);
        assertThat(repository.rows()).isEqualTo(2);
        assertThat(repository.objectFiles()).hasSize(2);

        recovery.recover();

        assertThat(repository.rows()).isZero();
        assertThat(repository.objectFiles()).isEmpty();
        assertThat(repository.pending.list()).isEmpty();
        assertThat(repository.pendingFiles()).isEmpty();
    }

    @Test
    void submissionTheRegistryHoldsIsKept() throws Exception {
        String one = SampleData.newOid();
        String two = SampleData.newOid();
        interruptedBeforeRegistering(one, FIRST, two, SECOND);
        repository.registry.alreadyRegistered(List.of(one, two));

        recovery.recover();

        assertThat(repository.rows()).isEqualTo(2);
        assertThat(repository.index.find(one)).isPresent();
        assertThat(repository.index.find(two)).isPresent();
        assertThat(repository.stored(sha1(FIRST))).isEqualTo(FIRST);
        assertThat(repository.stored(sha1(SECOND))).isEqualTo(SECOND);
        assertThat(repository.pending.list()).isEmpty();
        assertThat(repository.pendingFiles()).isEmpty();
    }

    @Test
    void uniqueIdOfAnEarlierCommittedDocumentIsNotRemovedByALaterUnfinishedSubmission() throws Exception {
        DocumentEntry earlier = SampleData.documentEntry("Document01", PATIENT).build();
        repository.provide(SampleData.submission(PATIENT, List.of(earlier)), documents("Document01", FIRST));
        String other = SampleData.newOid();
        // the later submission lists the earlier uniqueId again, with the same bytes, and a new document
        interruptedBeforeRegistering(earlier.uniqueId(), FIRST, other, SECOND);

        recovery.recover();

        assertThat(repository.rows()).isEqualTo(1);
        assertThat(repository.index.find(earlier.uniqueId())).map(e -> e.sha1()).contains(sha1(FIRST));
        assertThat(repository.index.find(other)).isEmpty();
        assertThat(repository.stored(sha1(FIRST))).isEqualTo(FIRST);
        assertThat(repository.store.exists(sha1(SECOND))).isFalse();
        assertThat(repository.objectFiles()).hasSize(1);
        assertThat(repository.pending.list()).isEmpty();
    }

    @Test
    void stagedFilesOfAnInterruptedSubmissionAreDeleted() throws Exception {
        repository.store.stage(new ByteArrayInputStream(FIRST));
        assertThat(repository.stagingFiles()).hasSize(1);

        recovery.recover();

        assertThat(repository.stagingFiles()).isEmpty();
        assertThat(repository.objectFiles()).isEmpty();
    }

    @Test
    void nothingToRecoverLeavesCommittedDocumentsAlone() throws Exception {
        DocumentEntry entry = SampleData.documentEntry("Document01", PATIENT).build();
        repository.provide(SampleData.submission(PATIENT, List.of(entry)), documents("Document01", FIRST));

        recovery.recover();

        assertThat(repository.rows()).isEqualTo(1);
        assertThat(repository.stored(sha1(FIRST))).isEqualTo(FIRST);
    }
}
