package org.carnet.repository.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File-system steps that survive a power cut. A rename is only durable once its directory is forced, and a new
 * directory only once its parent is; file contents only once the file is forced.
 */
final class Durable {
    private static final Logger log = LoggerFactory.getLogger(Durable.class);

    /** Temporary files start with a dot, so that no reader that skips dot-files can take one for a real file. */
    static final String TEMP_PREFIX = ".";

    private Durable() {
    }

    /** Forces a directory's entries (renames, new files) to disk. */
    static void forceDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory at all; there is nothing more we can do there.
            log.debug("cannot open directory {} to force it: {}", dir, e.toString());
            return;
        }
        // Where the directory opens, a failing force is a real I/O error and must not pass for durability.
        try (channel) {
            channel.force(true);
        }
    }

    /** Like {@link Files#createDirectories}, but forces each new directory's parent so that the directory stays. */
    static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        createDirectories(parent);
        try {
            Files.createDirectory(absolute);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
            // Another thread created it and may not have forced the parent yet: force it ourselves.
        }
        forceDirectory(parent);
    }

    /** Replaces {@code target} with {@code bytes} so that a reader sees either the old file or all of the new one. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
        boolean moved = false;
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            // POSIX rename replaces an existing target; callers give each file a name of its own anyway.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
        forceDirectory(dir);
    }

    /** For clean-up on a failure path, where a second exception must not hide the first. */
    static boolean deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.toString());
            return false;
        }
    }
}
