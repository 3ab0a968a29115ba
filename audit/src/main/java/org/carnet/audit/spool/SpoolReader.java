package org.carnet.audit.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map.Entry;

/**
 * Reads the spool in order from a sequence number, up to the durable end, waiting for more when it is there. One
 * reader per destination, used by one thread.
 */
public final class SpoolReader implements Closeable {
    private final AuditSpool spool;
    private long position;
    private FileChannel channel;
    private long segmentFirst = -1;
    private long segmentSequence;
    private long offset;

    SpoolReader(AuditSpool spool, long position) {
        this.spool = spool;
        this.position = position;
    }

    /** The sequence number of the message {@link #next} returns next. */
    public long position() {
        return position;
    }

    /** Goes back (or forward) to {@code sequence}, e.g. to resend from a destination's cursor. */
    public void seek(long sequence) {
        position = sequence;
    }

    /** Is a message durable at the current position, without waiting? */
    public boolean hasNext() {
        return position < spool.durableEnd();
    }

    /**
     * The message at the current position, waiting up to {@code timeoutMillis} for it to become durable; null when
     * none came (or the spool closed). Advances the position.
     *
     * @throws CorruptRecordException when the record on disk fails its checksum (the position moves past it)
     */
    public byte[] next(long timeoutMillis) throws IOException, InterruptedException {
        if (!spool.awaitDurable(position, timeoutMillis)) {
            return null;
        }
        Entry<Long, Path> segment = spool.segmentFor(position);
        if (segment == null) {
            throw new IOException("audit spool has no segment for message " + position);
        }
        if (segment.getKey() != segmentFirst || segmentSequence > position) {
            open(segment);
        }
        while (segmentSequence < position) {
            skipRecord();
        }
        ByteBuffer header = ByteBuffer.allocate(AuditSpool.HEADER_BYTES);
        AuditSpool.readFully(channel, header, offset);
        header.flip();
        int length = header.getInt();
        int crc = header.getInt();
        ByteBuffer payload = ByteBuffer.allocate(length);
        AuditSpool.readFully(channel, payload, offset + AuditSpool.HEADER_BYTES);
        offset += AuditSpool.HEADER_BYTES + length;
        segmentSequence++;
        position++;
        if (AuditSpool.crc(payload.array()) != crc) {
            throw new CorruptRecordException(position - 1);
        }
        return payload.array();
    }

    private void open(Entry<Long, Path> segment) throws IOException {
        close();
        try {
            channel = FileChannel.open(segment.getValue(), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new IOException("audit spool segment " + segment.getValue().getFileName()
                    + " was released while still needed", e);
        }
        segmentFirst = segment.getKey();
        segmentSequence = segmentFirst;
        offset = 0;
    }

    private void skipRecord() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(AuditSpool.HEADER_BYTES);
        AuditSpool.readFully(channel, header, offset);
        header.flip();
        offset += AuditSpool.HEADER_BYTES + header.getInt();
        segmentSequence++;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            segmentFirst = -1;
        }
    }

    /** A record whose checksum does not match: disk corruption. */
    public static final class CorruptRecordException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long sequence;

        CorruptRecordException(long sequence) {
            super("audit spool record " + sequence + " is corrupt");
            this.sequence = sequence;
        }

        public long sequence() {
            return sequence;
        }
    }
}
