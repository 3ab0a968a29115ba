package org.carnet.audit.repository;

import java.util.concurrent.atomic.AtomicLong;

/** What the repository has received, refused and lost since it started; for monitoring and tests. */
public final class ReceptionCounters {
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong refusedConnections = new AtomicLong();
    private final AtomicLong notStored = new AtomicLong();

    /** Messages stored. */
    public long stored() {
        return stored.get();
    }

    /** Frames or messages refused as malformed (bad framing, over the size limit, not RFC 5424). */
    public long malformed() {
        return malformed.get();
    }

    /** Connections closed before a message was read: failed handshakes, or over the connection limit. */
    public long refusedConnections() {
        return refusedConnections.get();
    }

    /** Well-formed messages the store failed to keep. */
    public long notStored() {
        return notStored.get();
    }

    void storedOne() {
        stored.incrementAndGet();
    }

    void malformedOne() {
        malformed.incrementAndGet();
    }

    void refusedConnection() {
        refusedConnections.incrementAndGet();
    }

    void notStoredOne() {
        notStored.incrementAndGet();
    }
}
