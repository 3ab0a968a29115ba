package org.carnet.repository.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document bytes in a directory: {@code staging/} for files being written, {@code objects/ab/cd/abcd…} for stored
 * content. Crash safety: a staged file is invisible, and is only renamed into {@code objects/} once fully forced to
 * disk, so stored content is never partial. A promoted file is referenced only once the commit that references it
 * happened, and the {@link PendingSubmissions} intent written before the promote lets start-up recovery remove
 * promoted files whose submission never committed. Staging sits under the same root as {@code objects/} because
 * an atomic rename cannot cross file systems. One node process per root.
 */
public final class FileDocumentStore implements DocumentStore {
    private static final Logger log = LoggerFactory.getLogger(FileDocumentStore.class);

    /** For {@code maxDocumentBytes}: no limit. */
    public static final long NO_LIMIT = Long.MAX_VALUE;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path staging;
    private final Path objects;
    private final long maxDocumentBytes;

    public FileDocumentStore(Path root, long maxDocumentBytes) throws IOException {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive (or NO_LIMIT): " + maxDocumentBytes);
        }
        Path absolute = root.toAbsolutePath().normalize();
        this.staging = absolute.resolve("staging");
        this.objects = absolute.resolve("objects");
        this.maxDocumentBytes = maxDocumentBytes;
        Durable.createDirectories(staging);
        Durable.createDirectories(objects);
    }

    @Override
    public StagedDocument stage(InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        // createTempFile makes the file readable by its owner only, which suits PHI.
        Path temp = Files.createTempFile(staging, "stage-", ".tmp");
        boolean staged = false;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            MessageDigest digest = Sha1.newDigest();
            byte[] buffer = new byte[BUFFER_BYTES];
            long size = 0;
            for (int n; (n = content.read(buffer)) != -1; ) {
                size += n;
                if (size > maxDocumentBytes) {
                    throw new DocumentTooLargeException(maxDocumentBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
            staged = true;
            return new StagedDocument(temp, Sha1.hex(digest.digest()), size);
        } finally {
            if (!staged) {
                Durable.deleteQuietly(temp);
            }
        }
    }

    @Override
    public void promote(StagedDocument staged) throws IOException {
        if (!staging.equals(staged.path().toAbsolutePath().normalize().getParent())) {
            throw new IllegalArgumentException("not staged by this store: " + staged.path());
        }
        Path target = objectPath(staged.sha1());
        if (Files.exists(target)) {
            dropDuplicate(staged, target);
            return;
        }
        Durable.createDirectories(target.getParent());
        try {
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Only where rename does not replace: a concurrent promote of the same content got there first.
            dropDuplicate(staged, target);
            return;
        }
        Durable.forceDirectory(target.getParent());
    }

    /** Same hash, so the same bytes; the size check costs nothing and catches a damaged object or a collision. */
    private static void dropDuplicate(StagedDocument staged, Path target) throws IOException {
        long storedSize = Files.size(target);
        if (storedSize != staged.size()) {
            throw new IOException("stored object " + staged.sha1() + " has " + storedSize
                    + " bytes, new content with that hash has " + staged.size());
        }
        Files.deleteIfExists(staged.path());
        log.debug("content {} already stored", staged.sha1());
    }

    @Override
    public void discard(StagedDocument staged) {
        Durable.deleteQuietly(staged.path());
    }

    @Override
    public InputStream open(String sha1) throws IOException {
        return Files.newInputStream(objectPath(sha1));
    }

    @Override
    public boolean exists(String sha1) {
        return Files.isRegularFile(objectPath(sha1));
    }

    @Override
    public void delete(String sha1) throws IOException {
        // No directory force: if a power cut brings the file back, it is only unreferenced bytes again.
        Files.deleteIfExists(objectPath(sha1));
    }

    @Override
    public void removeStagingLeftovers() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        if (removed > 0) {
            log.info("removed {} staged file(s) left by an interrupted submission", removed);
        }
    }

    private Path objectPath(String sha1) {
        Sha1.requireValid(sha1);
        return objects.resolve(sha1.substring(0, 2)).resolve(sha1.substring(2, 4)).resolve(sha1);
    }
}
