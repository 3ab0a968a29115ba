package org.carnet.common.access;

import java.util.Objects;

import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;

/**
 * Who is calling, as established at the edge (SOAP/HTTP) before a service runs. Services and the
 * {@link AccessPolicy} decide on this, never on transport details; the audit trail records it.
 *
 * @param actor        who acts, as the access rules see them (kind, national id, profession, structure)
 * @param name         display name for traces (VIHF subject-id, a system's configured name)
 * @param mode         the access mode asked for (VIHF purposeofuse); {@link AccessMode#NORMAL} but for
 *                     professionals in an emergency
 * @param role         the professional's coded role (profession) for the audit trail; null when none
 * @param organisation the structure the actor acts for (VIHF Identifiant_Structure); null when none
 * @param address      the client's network address, for audit
 * @param dossierKey   the patient whose dossier the credential is for (VIHF resource-id): a professional's
 *                     assertion opens one dossier only; null for callers not bound to one (systems)
 */
public record Caller(Actor actor, String name, AccessMode mode, Code role, String organisation, String address,
                     String dossierKey) {

    /** A caller not bound to one dossier. */
    public Caller(Actor actor, String name, AccessMode mode, Code role, String organisation, String address) {
        this(actor, name, mode, role, organisation, address, null);
    }

    public Caller {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(mode, "mode");
        if (name == null) {
            name = actor.nationalId();
        }
    }

    /** A system acting on its own behalf: an integration engine, a conformance tool, a test. */
    public static Caller system(String id, String address) {
        return new Caller(Actor.system(id), id, AccessMode.NORMAL, null, null, address);
    }

    /** The patient acting on their own dossier through the HTTP API. */
    public static Caller patient(String patientKey, String name, String address) {
        return new Caller(Actor.patient(patientKey), name, AccessMode.NORMAL, null, null, address, patientKey);
    }

    /**
     * A minor's legal representative acting on the minor's dossier through the HTTP API: the patient side, but
     * without the documents hidden from legal representatives (dmp-reference 3).
     */
    public static Caller legalRepresentative(String representativeId, String name, String patientKey,
                                             String address) {
        Objects.requireNonNull(patientKey, "patientKey");
        return new Caller(Actor.legalRepresentative(representativeId), name, AccessMode.NORMAL, null, null, address,
                patientKey);
    }

    /** Stable identifier of the actor: a system name, a professional's national id, a patient's key. */
    public String id() {
        return actor.nationalId();
    }

    public Actor.Kind kind() {
        return actor.kind();
    }

    /** An access in an emergency mode (bris de glace, centre 15): flagged in the audit trail. */
    public boolean emergency() {
        return mode.isEmergency();
    }
}
