package org.carnet.common.policy;

import java.util.Objects;

import org.carnet.common.access.AccessMode;

/**
 * The answer: allowed or not, the rule that decided, and whether the access is an emergency access, which
 * dmp-reference 3 says is traced as such for the whole access and notified to the patient.
 *
 * @param allowed   may the actor go on
 * @param rule      the rule that decided; its {@link DmpRule#grants()} equals {@code allowed}
 * @param emergency an allowed access in mode bris_de_glace or centre_15: flag it in the audit trail and notify
 *                  the patient
 */
public record Decision(boolean allowed, DmpRule rule, boolean emergency) {

    public Decision {
        Objects.requireNonNull(rule, "rule");
        if (rule.grants() != allowed) {
            throw new IllegalArgumentException(rule + (allowed ? " refuses" : " allows") + ", it cannot decide "
                    + (allowed ? "an allowed" : "a refused") + " access");
        }
        if (emergency && !allowed) {
            throw new IllegalArgumentException("only an allowed access is an emergency access");
        }
    }

    /** The decision a rule makes, not an emergency. */
    public static Decision by(DmpRule rule) {
        return new Decision(rule.grants(), rule, false);
    }

    /** This decision, flagged as an emergency access when allowed in an emergency mode. */
    Decision inMode(AccessMode mode) {
        return allowed && mode.isEmergency() ? new Decision(true, rule, true) : this;
    }

    /** Must the patient be notified of this access? Every emergency access is (dmp-reference 3). */
    public boolean notifyPatient() {
        return emergency;
    }
}
