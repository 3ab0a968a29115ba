package org.carnet.repository.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the repository keeps document bytes, content-addressed by SHA-1 (40 lower-case hex characters).
 *
 * <p>A submission writes in two phases, so that nothing a query can show ever lacks its bytes:
 * <ol>
 *   <li>{@link #stage} each document: bytes land in a private temporary file, hash and size computed as they stream;
 *   <li>{@link PendingSubmissions#write} an intent listing the documents about to become visible;
 *   <li>{@link #promote} each staged document to its content address;
 *   <li>register with the registry and commit the repository's own row for each document;
 *   <li>{@link PendingSubmissions#complete} the intent. If step 4 fails, {@link PendingSubmissions#rollBack} instead.
 * </ol>
 * A failure before step 3 {@link #discard}s the staged files. At start, {@link #removeStagingLeftovers} and a
 * {@code rollBack} of every intent still listed undo whatever a crash interrupted.
 */
public interface DocumentStore {

    /**
     * Streams {@code content} into a new staged file and forces it to disk; the caller closes the stream. A staged
     * file is visible to no reader until it is {@linkplain #promote promoted}.
     *
     * @throws DocumentTooLargeException if the content exceeds the store's limit; nothing is left behind
     */
    StagedDocument stage(InputStream content) throws IOException;

    /**
     * Moves a staged file to its content address, atomically and durably. If the same content is stored already,
     * the staged copy is dropped. Calling it again for the same staged document does nothing.
     */
    void promote(StagedDocument staged) throws IOException;

    /** Deletes a staged file that will not be promoted. Never throws: a leftover is removed at the next start. */
    void discard(StagedDocument staged);

    /**
     * Opens stored content for reading; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException if nothing is stored under this hash
     */
    InputStream open(String sha1) throws IOException;

    boolean exists(String sha1);

    /**
     * Removes stored content; does nothing if it is absent. Content is shared by every document with the same
     * bytes, so the caller first checks that nothing references it (see {@link PendingSubmissions#rollBack}).
     */
    void delete(String sha1) throws IOException;

    /** Start-up only: deletes every staged file. A crash mid-submission leaves them, and nothing references them. */
    void removeStagingLeftovers() throws IOException;
}
