package org.carnet.common.access;

import java.util.Objects;

/**
 * Who is calling, as established at the edge (SOAP/HTTP) before a service runs. Services and the
 * {@link AccessPolicy} decide on this, never on transport details.
 *
 * @param id      stable identifier of the actor (a system name, a professional's national id, a patient's INS)
 * @param name    display name for traces
 * @param kind    what sort of actor this is
 * @param address the client's network address, for audit
 */
public record Caller(String id, String name, Kind kind, String address) {

    public enum Kind {
        /** A system acting on its own behalf: an integration engine, a conformance tool. */
        SYSTEM,
        /** A health professional (authenticated by a VIHF assertion). */
        PROFESSIONAL,
        /** The patient, on their own dossier. */
        PATIENT
    }

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    public static Caller system(String id, String address) {
        return new Caller(id, id, Kind.SYSTEM, address);
    }
}
