package org.carnet.repository.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDocumentStoreTest {
    private static final String HELLO_SHA1 = "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d";

    @TempDir
    Path root;

    private FileDocumentStore store;

    @BeforeEach
    void setUp() throws IOException {
        store = new FileDocumentStore(root, FileDocumentStore.NO_LIMIT);
    }

    @Test
    void stageComputesSha1AndSize() throws IOException {
        StagedDocument staged = store.stage(bytes("hello"));

        assertThat(staged.sha1()).isEqualTo(HELLO_SHA1);
        assertThat(staged.size()).isEqualTo(5);
        assertThat(staged.path()).hasParentRaw(root.resolve("staging")).hasBinaryContent("hello".getBytes(UTF_8));
    }

    @Test
    void stageStreamsContentLargerThanItsBuffer() throws Exception {
        byte[] content = new byte[1_000_003];
        new Random(42).nextBytes(content);

        StagedDocument staged = store.stage(new ByteArrayInputStream(content));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        assertThat(staged.sha1()).isEqualTo(expected);
        assertThat(staged.size()).isEqualTo(content.length);
        assertThat(staged.path()).hasBinaryContent(content);
    }

    @Test
    void promotedContentIsAtItsAddressAndReadsBack() throws IOException {
        StagedDocument staged = store.stage(bytes("hello"));

        store.promote(staged);

        assertThat(root.resolve("objects/aa/f4/" + HELLO_SHA1)).hasContent("hello");
        assertThat(staged.path()).doesNotExist();
        assertThat(store.exists(HELLO_SHA1)).isTrue();
        try (InputStream in = store.open(HELLO_SHA1)) {
            assertThat(in.readAllBytes()).isEqualTo("hello".getBytes(UTF_8));
        }
    }

    @Test
    void identicalContentIsStoredOnce() throws IOException {
        StagedDocument first = store.stage(bytes("hello"));
        StagedDocument second = store.stage(bytes("hello"));

        store.promote(first);
        store.promote(second);

        assertThat(objectFiles()).containsExactly(root.resolve("objects/aa/f4/" + HELLO_SHA1));
        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void promoteIsIdempotent() throws IOException {
        StagedDocument staged = store.stage(bytes("hello"));

        store.promote(staged);
        store.promote(staged);

        assertThat(objectFiles()).hasSize(1);
    }

    @Test
    void promoteRefusesAFileStagedElsewhere() throws IOException {
        Path outside = Files.writeString(root.resolve("outside"), "hello");

        assertThatThrownBy(() -> store.promote(new StagedDocument(outside, HELLO_SHA1, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.exists(HELLO_SHA1)).isFalse();
    }

    @Test
    void discardRemovesTheStagedFile() throws IOException {
        StagedDocument staged = store.stage(bytes("hello"));

        store.discard(staged);
        store.discard(staged);

        assertThat(stagingFiles()).isEmpty();
        assertThat(store.exists(HELLO_SHA1)).isFalse();
    }

    @Test
    void contentOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
        FileDocumentStore limited = new FileDocumentStore(root, 4);

        assertThatThrownBy(() -> limited.stage(bytes("hello")))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("4 bytes");
        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void contentAtTheLimitIsAccepted() throws IOException {
        assertThat(new FileDocumentStore(root, 5).stage(bytes("hello")).size()).isEqualTo(5);
    }

    @Test
    void aFailingStreamLeavesNothing() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> store.stage(broken)).hasMessage("connection reset");
        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void removeStagingLeftoversEmptiesStaging() throws IOException {
        store.stage(bytes("hello"));
        Files.writeString(root.resolve("staging/stage-123.tmp"), "half a docu");

        store.removeStagingLeftovers();

        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void deleteRemovesStoredContent() throws IOException {
        store.promote(store.stage(bytes("hello")));

        store.delete(HELLO_SHA1);
        store.delete(HELLO_SHA1);

        assertThat(store.exists(HELLO_SHA1)).isFalse();
        assertThatThrownBy(() -> store.open(HELLO_SHA1)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aHashThatIsNotASha1CannotNameAPath() {
        for (String bad : List.of("../../../../etc/passwd", HELLO_SHA1.toUpperCase(), "aaf4", "")) {
            assertThatThrownBy(() -> store.exists(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.open(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    private List<Path> stagingFiles() {
        return files(root.resolve("staging"));
    }

    private List<Path> objectFiles() {
        return files(root.resolve("objects"));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
