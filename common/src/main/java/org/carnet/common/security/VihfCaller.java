package org.carnet.common.security;

import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;

/** Who a verified VIHF assertion says is calling, as the access rules and the audit trail see them. */
public final class VihfCaller {
    private VihfCaller() {
    }

    /**
     * The professional of the assertion (dmp-reference 2): NameID is the national id, the role codes give the
     * profession and speciality, {@code Identifiant_Structure} the structure, {@code purposeofuse} the access mode,
     * {@code resource-id} the one dossier the assertion opens. A card without a profession code is a
     * non-professional's (secretary) card [inferred: the DMP gives non-professionals other role codes].
     */
    public static Caller of(Vihf vihf, String address) {
        String profession = vihf.profession().map(Code::code).orElse(null);
        String speciality = vihf.speciality().map(Code::code).orElse(null);
        Actor actor = new Actor(Actor.Kind.PROFESSIONAL, vihf.nameId(), profession, speciality, vihf.structureId(),
                vihf.authenticationMode(), profession == null, vihf.secretConnection());
        return new Caller(actor, vihf.subjectName(), vihf.purposeOfUse(), vihf.profession().orElse(null),
                vihf.structureId(), address, vihf.patientId().key());
    }
}
