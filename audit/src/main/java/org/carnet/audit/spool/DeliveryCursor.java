package org.carnet.audit.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where one destination is in the spool: the sequence number of the next message to send, kept in
 * {@code cursors/<destination>.cursor}. {@link #store} replaces the file atomically (write a temporary file,
 * fsync it, rename it over the old one, fsync the folder), so after a crash the cursor is either the old or the
 * new value, never a torn one.
 */
public final class DeliveryCursor implements AutoCloseable {
    private static final String SUFFIX = ".cursor";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path dir;
    private final String name;
    private volatile long next;

    private DeliveryCursor(Path dir, String name, long next) {
        this.dir = dir;
        this.name = name;
        this.next = next;
    }

    static DeliveryCursor open(Path dir, String name, long initial) throws IOException {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a safe cursor name: " + name);
        }
        Path file = dir.resolve(name + SUFFIX);
        long next;
        try {
            next = Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (NoSuchFileException e) {
            DeliveryCursor cursor = new DeliveryCursor(dir, name, initial);
            cursor.store(initial);
            return cursor;
        } catch (NumberFormatException e) {
            throw new IOException("audit cursor " + file + " is not a number", e);
        }
        return new DeliveryCursor(dir, name, next);
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).toList();
        }
    }

    static void delete(Path dir, String name) throws IOException {
        Files.deleteIfExists(dir.resolve(name + SUFFIX));
        fsyncDirectory(dir);
    }

    public String name() {
        return name;
    }

    /** The sequence number of the next message to send. */
    public long next() {
        return next;
    }

    /** Durably records that every message before {@code next} was sent. */
    public synchronized void store(long next) throws IOException {
        Path tmp = dir.resolve(name + SUFFIX + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(Long.toString(next).getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(tmp, dir.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        fsyncDirectory(dir);
        this.next = next;
    }

    @Override
    public void close() {
        // nothing held open between stores
    }

    /** Makes a rename or a new file in {@code dir} durable (Linux: fsync on the folder). */
    static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
