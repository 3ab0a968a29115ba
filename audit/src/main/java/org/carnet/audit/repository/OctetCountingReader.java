package org.carnet.audit.repository;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads RFC 5425 frames, {@code MSG-LEN SP SYSLOG-MSG}, from one connection. MSG-LEN is a decimal without a
 * leading zero; a length over the limit is refused before a byte of the message is buffered, so a sender cannot
 * make the repository allocate more than the limit.
 */
final class OctetCountingReader {
    /** A frame that breaks RFC 5425 or the repository's limit: the connection cannot be resynchronised. */
    static final class FrameException extends IOException {
        private static final long serialVersionUID = 1L;

        FrameException(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final int maxFrameBytes;

    OctetCountingReader(InputStream in, int maxFrameBytes) {
        this.in = in;
        this.maxFrameBytes = maxFrameBytes;
    }

    /** The next SYSLOG-MSG, or null at a clean end of stream (between frames). */
    byte[] next() throws IOException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        if (c < '1' || c > '9') {
            throw new FrameException("MSG-LEN expected");
        }
        long length = c - '0';
        while ((c = in.read()) >= '0' && c <= '9') {
            length = length * 10 + (c - '0');
            if (length > maxFrameBytes) {
                throw new FrameException("frame over " + maxFrameBytes + " bytes");
            }
        }
        if (c != ' ') {
            throw new FrameException(c < 0 ? "connection closed inside MSG-LEN" : "MSG-LEN not followed by a space");
        }
        if (length > maxFrameBytes) {
            throw new FrameException("frame over " + maxFrameBytes + " bytes");
        }
        byte[] message = in.readNBytes((int) length);
        if (message.length < length) {
            throw new FrameException("connection closed inside a frame");
        }
        return message;
    }
}
