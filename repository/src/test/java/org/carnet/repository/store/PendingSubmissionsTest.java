package org.carnet.repository.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingSubmissionsTest {
    private static final String HELLO_SHA1 = "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d";
    private static final String WORLD_SHA1 = "7c211433f02071597741e6ff5a8ea34789abbf43";

    @TempDir
    Path root;

    private PendingSubmissions pending;

    @BeforeEach
    void setUp() throws IOException {
        pending = new PendingSubmissions(root);
    }

    @Test
    void anIntentRoundTrips() throws IOException {
        PendingSubmission submission = submission("a1b2", HELLO_SHA1, WORLD_SHA1);

        pending.write(submission);

        assertThat(pending.list()).containsExactly(submission);
        pending.complete("a1b2");
        assertThat(pending.list()).isEmpty();
        assertThat(root.resolve("pending")).isEmptyDirectory();
    }

    @Test
    void intentsAreListedById() throws IOException {
        pending.write(submission("b", HELLO_SHA1));
        pending.write(submission("a", WORLD_SHA1));

        assertThat(pending.list()).extracting(PendingSubmission::id).containsExactly("a", "b");
    }

    @Test
    void aHalfWrittenIntentIsNotListed() throws IOException {
        Path temp = Files.writeString(root.resolve("pending").resolve(Durable.TEMP_PREFIX + "1234.tmp"),
                PendingSubmissions.HEADER + "\ndocument\t1.2.3\t" + HELLO_SHA1);

        assertThat(pending.list()).isEmpty();
        pending.removeLeftovers();
        assertThat(temp).doesNotExist();
    }

    @Test
    void anUnreadableIntentIsSkipped() throws IOException {
        pending.write(submission("good", HELLO_SHA1));
        Files.writeString(root.resolve("pending/truncated"), PendingSubmissions.HEADER + "\ndocument\t1.2.3\n");
        Files.writeString(root.resolve("pending/garbage"), "not a journal");

        assertThat(pending.list()).extracting(PendingSubmission::id).containsExactly("good");
    }

    @Test
    void valuesThatCouldBreakTheFormatAreRefused() {
        assertThatThrownBy(() -> new PendingDocument("1.2\t3", HELLO_SHA1, 5, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PendingDocument("1.2.3", HELLO_SHA1, 5, "text/plain\nend"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PendingDocument("1.2.3", "not-a-hash", 5, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PendingSubmission("../escape", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PendingSubmission(".hidden", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rollBackDeletesOnlyContentNothingElseNeeds() throws IOException {
        FileDocumentStore store = new FileDocumentStore(root, FileDocumentStore.NO_LIMIT);
        String third = promote(store, "third");
        promote(store, "hello");
        promote(store, "world");
        PendingSubmission failed = submission("failed", HELLO_SHA1, WORLD_SHA1, third);
        pending.write(failed);
        pending.write(submission("inFlight", WORLD_SHA1));

        pending.rollBack(failed, store, Set.of(third)::contains);

        assertThat(store.exists(HELLO_SHA1)).as("only the failed submission had it").isFalse();
        assertThat(store.exists(WORLD_SHA1)).as("another pending submission lists it").isTrue();
        assertThat(store.exists(third)).as("a committed document references it").isTrue();
        assertThat(pending.list()).extracting(PendingSubmission::id).containsExactly("inFlight");
    }

    /**
     * ITI-86 and the retention purge delete bytes a removed document had: not while a submission in flight lists
     * them (it may have found them stored and not yet committed its row), nor while a committed document has them.
     */
    @Test
    void unreferencedBytesAreDeletedButNotThoseASubmissionInFlightReuses() throws IOException {
        FileDocumentStore store = new FileDocumentStore(root, FileDocumentStore.NO_LIMIT);
        String third = promote(store, "third");
        promote(store, "hello");
        promote(store, "world");
        pending.write(submission("inFlight", WORLD_SHA1));

        assertThat(pending.deleteUnreferenced(WORLD_SHA1, store, sha1 -> false)).isFalse();
        assertThat(pending.deleteUnreferenced(third, store, Set.of(third)::contains)).isFalse();
        assertThat(pending.deleteUnreferenced(HELLO_SHA1, store, sha1 -> false)).isTrue();

        assertThat(store.exists(WORLD_SHA1)).isTrue();
        assertThat(store.exists(third)).isTrue();
        assertThat(store.exists(HELLO_SHA1)).isFalse();
        pending.complete("inFlight");
        assertThat(pending.deleteUnreferenced(WORLD_SHA1, store, sha1 -> false)).as("once it is done").isTrue();
    }

    private static String promote(DocumentStore store, String content) throws IOException {
        StagedDocument staged = store.stage(new ByteArrayInputStream(content.getBytes(UTF_8)));
        store.promote(staged);
        return staged.sha1();
    }

    private static PendingSubmission submission(String id, String... sha1s) {
        List<PendingDocument> documents = new ArrayList<>();
        for (int i = 0; i < sha1s.length; i++) {
            documents.add(new PendingDocument("1.2.3.4." + i, sha1s[i], 5, "text/plain"));
        }
        return new PendingSubmission(id, documents);
    }
}
