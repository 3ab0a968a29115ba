package org.carnet.repository.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intent journal, one small file per submission in {@code <root>/pending/}. A submission writes its intent
 * before it promotes any content and completes it after its commit, so at start every intent still here names
 * content that may be promoted but unreferenced; recovery {@linkplain #rollBack rolls it back}. Each file is
 * written to a dot-named temporary file, forced and renamed into place: a half-written intent is never read back.
 *
 * <p>Format, UTF-8, tab-separated: a {@value #HEADER} line, one {@code document uniqueId sha1 size mimeType} line
 * per document, and an {@value #END} line.
 */
public final class PendingSubmissions {
    private static final Logger log = LoggerFactory.getLogger(PendingSubmissions.class);

    static final String HEADER = "carnet-pending-submission\t1";
    static final String DOCUMENT = "document";
    static final String END = "end";

    private final Path dir;

    public PendingSubmissions(Path root) throws IOException {
        this.dir = root.toAbsolutePath().normalize().resolve("pending");
        Durable.createDirectories(dir);
    }

    /**
     * Durably records a submission's intent; call it before promoting any of its content. Synchronized with
     * {@link #rollBack} so that a roll-back never deletes content another submission is about to promote.
     */
    public synchronized void write(PendingSubmission submission) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (PendingDocument d : submission.documents()) {
            text.append(DOCUMENT).append('\t').append(d.documentUniqueId()).append('\t').append(d.sha1())
                    .append('\t').append(d.size()).append('\t').append(d.mimeType()).append('\n');
        }
        text.append(END).append('\n');
        Durable.writeAtomically(file(submission.id()), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets an intent once its submission committed (or was rolled back). Does nothing if it is gone already. */
    public void complete(String id) throws IOException {
        // No directory force: an intent that a power cut brings back is rolled back again, which removes nothing
        // still referenced.
        Files.deleteIfExists(file(id));
    }

    /** Every intent on disk, by id. Files that cannot be read are logged and skipped. */
    public List<PendingSubmission> list() throws IOException {
        List<PendingSubmission> all = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (!file.getFileName().toString().startsWith(Durable.TEMP_PREFIX)) {
                    read(file).ifPresent(all::add);
                }
            }
        }
        all.sort(Comparator.comparing(PendingSubmission::id));
        return all;
    }

    /**
     * Undoes a submission that will never commit: deletes the content it promoted, except content that another
     * pending submission lists or that {@code inUse} says a committed document references (content is shared by
     * identical documents), then completes the intent. At start, call it for every intent {@link #list} returns,
     * after rolling forward the documents the registry did accept.
     *
     * @param inUse whether committed state references a SHA-1; asked only after the pending intents, so a
     *              submission that commits meanwhile is seen in one or the other
     */
    public synchronized void rollBack(PendingSubmission submission, DocumentStore store, Predicate<String> inUse)
            throws IOException {
        Set<String> heldByOthers = new HashSet<>();
        for (PendingSubmission other : list()) {
            if (!other.id().equals(submission.id())) {
                other.documents().forEach(d -> heldByOthers.add(d.sha1()));
            }
        }
        int deleted = 0;
        for (PendingDocument d : submission.documents()) {
            if (!heldByOthers.contains(d.sha1()) && !inUse.test(d.sha1())) {
                store.delete(d.sha1());
                deleted++;
            }
        }
        complete(submission.id());
        log.debug("rolled back submission {}: deleted {} of {} document(s)", submission.id(), deleted,
                submission.documents().size());
    }

    /**
     * Deletes stored bytes that a document no longer references (ITI-86, the retention purge), unless a pending
     * submission lists them or {@code inUse} says committed state does. Under the same lock as {@link #write}: a
     * submission reusing these bytes wrote its intent before promoting them, so it is either seen here, or it comes
     * after the deletion and promotes its own copy; never a document left without its bytes.
     *
     * @return whether the bytes were deleted
     */
    public synchronized boolean deleteUnreferenced(String sha1, DocumentStore store, Predicate<String> inUse)
            throws IOException {
        for (PendingSubmission submission : list()) {
            if (submission.documents().stream().anyMatch(d -> d.sha1().equals(sha1))) {
                return false;
            }
        }
        if (inUse.test(sha1)) {
            return false;
        }
        store.delete(sha1);
        return true;
    }

    /** Start-up only: deletes temporary files that a crash left half-written. */
    public void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Durable.TEMP_PREFIX + "*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Path file(String id) {
        return dir.resolve(PendingSubmission.requireId(id));
    }

    private static Optional<PendingSubmission> read(Path file) {
        try {
            return Optional.of(parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // completed while we listed
        } catch (IOException | IllegalArgumentException e) {
            log.warn("skipping unreadable pending submission {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private static PendingSubmission parse(String id, List<String> lines) {
        if (lines.size() < 2 || !HEADER.equals(lines.get(0)) || !END.equals(lines.get(lines.size() - 1))) {
            throw new IllegalArgumentException("missing header or end line");
        }
        List<PendingDocument> documents = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            String[] f = line.split("\t", -1);
            if (f.length != 5 || !DOCUMENT.equals(f[0])) {
                throw new IllegalArgumentException("malformed document line");
            }
            documents.add(new PendingDocument(f[1], f[2], Long.parseLong(f[3]), f[4]));
        }
        return new PendingSubmission(id, documents);
    }
}
