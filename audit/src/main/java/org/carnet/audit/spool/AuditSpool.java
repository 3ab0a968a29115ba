package org.carnet.audit.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only, crash-safe log of audit messages on disk, numbered from 0 in the order they were appended.
 *
 * <p><b>Durability.</b> {@link #append} returns once the record is on disk (written and {@code fsync}'d), so a
 * message whose transaction was answered survives the process or the machine stopping. One writer thread does
 * the disk work and syncs every record waiting at that moment with one {@code fsync} (group commit), so
 * concurrent transactions share the cost; the writer being a thread of its own also keeps an interrupted request
 * thread from closing the file under everyone (NIO closes a channel whose user is interrupted).
 *
 * <p><b>Format.</b> Segment files {@code segment-<first sequence number>.log}, each record a 4-byte length, a
 * 4-byte CRC-32 of the payload and the payload. A new segment starts once the current one is over the size limit.
 * At open, the last segment is checked record by record and cut at the first incomplete or corrupt record: the
 * tail a crash left half-written, whose appends had not returned. Earlier segments were fsync'd when the next one
 * began.
 *
 * <p><b>Readers.</b> A {@link SpoolReader} reads only what is durable, so a destination is never sent a message
 * the spool could lose, and its {@link DeliveryCursor} can never point past the end after a crash.
 *
 * <p>One process at a time: the spool folder is locked ({@code spool.lock}) while open.
 */
public final class AuditSpool implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(AuditSpool.class);

    static final int HEADER_BYTES = 8;
    private static final String SEGMENT_PREFIX = "segment-";
    private static final String SEGMENT_SUFFIX = ".log";
    private static final String CURSOR_DIR = "cursors";
    private static final int MAX_GROUP = 512;
    /** How long an append waits for its fsync before it gives up waiting (the record is still written). */
    private static final Duration APPEND_WAIT = Duration.ofSeconds(30);

    private record Pending(byte[] payload, CompletableFuture<Long> done) {
    }

    /** Queued by {@link #close()}: the writer finishes what is before it and stops. */
    private static final Pending STOP = new Pending(new byte[0], new CompletableFuture<>());

    private final Path dir;
    private final long segmentBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final NavigableMap<Long, Path> segments = new ConcurrentSkipListMap<>();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, DeliveryCursor> cursors = new HashMap<>();
    private final ReentrantLock durableLock = new ReentrantLock();
    private final Condition durableAdvanced = durableLock.newCondition();
    private final Thread writer;

    // owned by the writer thread once it runs
    private FileChannel current;
    private long currentFirst;
    private long currentSize;
    private long nextSequence;

    private volatile long durableEnd;
    private volatile boolean closed;

    private AuditSpool(Path dir, long segmentBytes, FileChannel lockChannel, FileLock lock) throws IOException {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
        recover();
        this.writer = new Thread(this::writeLoop, "audit-spool-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Opens (creating if needed) the spool in {@code dir}, recovering from a crash.
     *
     * @param segmentBytes size after which a new segment file starts
     * @throws IOException when the folder cannot be used, or another process holds it
     */
    public static AuditSpool open(Path dir, long segmentBytes) throws IOException {
        Files.createDirectories(dir.resolve(CURSOR_DIR));
        FileChannel lockChannel = FileChannel.open(dir.resolve("spool.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, e.g. a second node over the same data folder
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("audit spool " + dir + " is in use by another process");
        }
        try {
            return new AuditSpool(dir, segmentBytes, lockChannel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /**
     * Appends one message and returns its sequence number once it is on disk.
     *
     * @throws IOException when the spool could not write it (disk full, I/O error), or is closed
     */
    public long append(byte[] payload) throws IOException {
        if (closed) {
            throw new IOException("audit spool is closed");
        }
        Pending pending = new Pending(payload.clone(), new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.done().get(APPEND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("audit spool did not sync within " + APPEND_WAIT + "; the message is still queued");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the audit spool; the message is still queued");
        }
    }

    /** The sequence number after the last durable record: every record below it is on disk. */
    public long durableEnd() {
        return durableEnd;
    }

    /** Waits until a record at {@code sequence} is durable; false on timeout or when the spool closes. */
    boolean awaitDurable(long sequence, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        durableLock.lock();
        try {
            while (durableEnd <= sequence) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    return false;
                }
                durableAdvanced.awaitNanos(left);
            }
            return true;
        } finally {
            durableLock.unlock();
        }
    }

    /** Opens a reader positioned at {@code sequence}. */
    public SpoolReader reader(long sequence) {
        return new SpoolReader(this, sequence);
    }

    /**
     * The delivery cursor of a destination. A destination new to this spool starts at the durable end: it is sent
     * what is audited from now on, not the history.
     */
    public synchronized DeliveryCursor cursor(String destination) throws IOException {
        DeliveryCursor cursor = cursors.get(destination);
        if (cursor == null) {
            cursor = DeliveryCursor.open(dir.resolve(CURSOR_DIR), destination, durableEnd);
            if (cursor.next() > durableEnd) {
                // the spool lost records it had synced (files removed by hand): resend from what is there
                log.warn("audit cursor of {} was past the spool's end; reset to {}", destination, durableEnd);
                cursor.store(durableEnd);
            }
            cursors.put(destination, cursor);
        }
        return cursor;
    }

    /**
     * Deletes the cursors of destinations no longer configured, so their backlog does not keep segments on disk.
     */
    public synchronized void keepOnlyCursors(Set<String> destinations) throws IOException {
        for (String name : DeliveryCursor.names(dir.resolve(CURSOR_DIR))) {
            if (!destinations.contains(name)) {
                log.info("audit destination {} is no longer configured: its undelivered messages are dropped", name);
                DeliveryCursor.delete(dir.resolve(CURSOR_DIR), name);
                cursors.remove(name);
            }
        }
        release();
    }

    /** Deletes the segments every cursor has passed (never the one being written). */
    public synchronized void release() throws IOException {
        long min = cursors.values().stream().mapToLong(DeliveryCursor::next).min().orElse(durableEnd);
        for (Entry<Long, Path> segment : List.copyOf(segments.headMap(segments.lastKey()).entrySet())) {
            Long following = segments.higherKey(segment.getKey());
            if (following != null && following <= min) {
                segments.remove(segment.getKey());
                Files.deleteIfExists(segment.getValue());
            }
        }
    }

    /** The segment holding {@code sequence}: the one with the greatest first sequence number at or below it. */
    Entry<Long, Path> segmentFor(long sequence) {
        return segments.floorEntry(sequence);
    }

    /** Finishes the appends already queued, then closes the files. Idempotent. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        queue.add(STOP); // not an interrupt: NIO would close the segment file under the writer
        try {
            writer.join(APPEND_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending late; (late = queue.poll()) != null; ) {
            if (late != STOP) {
                late.done().completeExceptionally(new IOException("audit spool is closed"));
            }
        }
        signalDurable();
        synchronized (this) {
            for (DeliveryCursor cursor : cursors.values()) {
                cursor.close();
            }
        }
        try {
            if (current != null) {
                current.close();
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private void writeLoop() {
        List<Pending> group = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                continue; // nobody interrupts this thread on purpose; STOP ends it
            }
            queue.drainTo(group, MAX_GROUP - 1);
            stopping = group.remove(STOP);
            if (stopping) {
                queue.drainTo(group); // appended before close() was called, not yet taken
                group.removeIf(p -> p == STOP);
            }
            if (!group.isEmpty()) {
                write(group);
            }
            group.clear();
        }
    }

    private void write(List<Pending> group) {
        List<Long> sequences = new ArrayList<>(group.size());
        try {
            for (Pending pending : group) {
                if (currentSize >= segmentBytes) {
                    roll();
                }
                writeRecord(pending.payload());
                sequences.add(nextSequence++);
            }
            current.force(false);
        } catch (IOException | RuntimeException e) {
            // The records of this group are lost to the spool; tell their appenders. What was written stays
            // unacknowledged: recovery at the next open keeps whatever made it to disk whole.
            for (Pending pending : group) {
                pending.done().completeExceptionally(e instanceof IOException ? e : new IOException(e));
            }
            reopenAfterFailure();
            return;
        }
        publishDurable(nextSequence);
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done().complete(sequences.get(i));
        }
    }

    private void writeRecord(byte[] payload) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        buffer.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        while (buffer.hasRemaining()) {
            current.write(buffer, currentSize + buffer.position());
        }
        currentSize += HEADER_BYTES + payload.length;
    }

    /** Starts a new segment; the old one is synced first, so only the last segment can have a torn tail. */
    private void roll() throws IOException {
        current.force(false);
        current.close();
        openSegment(nextSequence);
        fsyncDirectory();
    }

    private void openSegment(long first) throws IOException {
        Path path = dir.resolve(segmentName(first));
        current = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        currentFirst = first;
        currentSize = current.size();
        segments.put(first, path);
    }

    /**
     * After a failed write the file may end in a torn record; cut the segment back to its last whole record, as
     * recovery would, so that later appends follow valid records.
     */
    private void reopenAfterFailure() {
        try {
            if (current != null) {
                current.close();
            }
            Path path = segments.get(currentFirst);
            current = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long[] valid = scan(current);
            current.truncate(valid[1]);
            currentSize = valid[1];
            nextSequence = currentFirst + valid[0];
        } catch (IOException e) {
            log.error("audit spool cannot reopen its segment after a write failure: {}", e.toString());
        }
    }

    private void recover() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith(SEGMENT_PREFIX)
                            && p.getFileName().toString().endsWith(SEGMENT_SUFFIX))
                    .forEach(p -> segments.put(firstSequence(p), p));
        }
        if (segments.isEmpty()) {
            openSegment(0);
            fsyncDirectory();
            nextSequence = 0;
        } else {
            Entry<Long, Path> last = segments.lastEntry();
            current = FileChannel.open(last.getValue(), StandardOpenOption.READ, StandardOpenOption.WRITE);
            currentFirst = last.getKey();
            long[] valid = scan(current);
            if (valid[1] < current.size()) {
                log.warn("audit spool segment {} ended in an incomplete record (a crash while writing); cut at byte {}",
                        last.getValue().getFileName(), valid[1]);
                current.truncate(valid[1]);
                current.force(true);
            }
            currentSize = valid[1];
            nextSequence = currentFirst + valid[0];
        }
        durableEnd = nextSequence;
    }

    /** Counts the whole, valid records from the start: {count, byte length}. */
    private static long[] scan(FileChannel channel) throws IOException {
        long size = channel.size();
        long offset = 0;
        long count = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (offset + HEADER_BYTES <= size) {
            header.clear();
            readFully(channel, header, offset);
            header.flip();
            int length = header.getInt();
            int crc = header.getInt();
            if (length < 0 || offset + HEADER_BYTES + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(channel, payload, offset + HEADER_BYTES);
            if (crc(payload.array()) != crc) {
                break;
            }
            offset += HEADER_BYTES + length;
            count++;
        }
        return new long[] {count, offset};
    }

    static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new IOException("unexpected end of audit spool segment");
            }
        }
    }

    private void publishDurable(long end) {
        durableLock.lock();
        try {
            if (end > durableEnd) {
                durableEnd = end;
            }
            durableAdvanced.signalAll();
        } finally {
            durableLock.unlock();
        }
    }

    private void signalDurable() {
        publishDurable(durableEnd);
    }

    private void fsyncDirectory() throws IOException {
        DeliveryCursor.fsyncDirectory(dir);
    }

    private static String segmentName(long first) {
        return String.format("%s%020d%s", SEGMENT_PREFIX, first, SEGMENT_SUFFIX);
    }

    private static long firstSequence(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(SEGMENT_PREFIX.length(), name.length() - SEGMENT_SUFFIX.length()));
    }

    boolean isClosed() {
        return closed;
    }

    /** Segment files on disk, for tests. */
    int segmentCount() {
        return segments.size();
    }
}
