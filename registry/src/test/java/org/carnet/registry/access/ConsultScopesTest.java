package org.carnet.registry.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.policy.AccessDecider;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.AuthorisationMatrix;
import org.junit.jupiter.api.Test;

/** The compiled scopes are kept per actor and mode, and a kept one gives exactly the scope a fresh one gives. */
class ConsultScopesTest {
    private static final AccessDecider DECIDER = new AccessDecider(AuthorisationMatrix.defaults());
    private static final Actor NURSE = Actor.professional("810000000003", "60", null, "SSIAD-NORD");
    private static final Actor PHYSICIAN = Actor.professional("810000000004", "10", "SM26", "CHU-URGENCES");

    private static Caller caller(Actor actor, AccessMode mode, String dossierKey) {
        return new Caller(actor, null, mode, null, actor.structureId(), "192.0.2.1", dossierKey);
    }

    @Test
    void one_compilation_per_actor_and_mode_whatever_the_dossier() {
        ConsultScopes scopes = new ConsultScopes(DECIDER);
        ConsultScopes.Compiled first = scopes.compiled(NURSE, AccessMode.NORMAL);

        assertThat(scopes.compiled(NURSE, AccessMode.NORMAL)).isSameAs(first);
        assertThat(scopes.compiled(NURSE, AccessMode.BRIS_DE_GLACE)).isNotSameAs(first)
                .isNotEqualTo(first);
        assertThat(scopes.compiled(PHYSICIAN, AccessMode.NORMAL)).isNotSameAs(first);
        // the dossier a VIHF names is added to the kept conditions, not compiled in
        assertThat(scopes.of(caller(NURSE, AccessMode.NORMAL, "A^^^&1.2&ISO")))
                .isEqualTo(new ConsultScopes(DECIDER).of(caller(NURSE, AccessMode.NORMAL, "A^^^&1.2&ISO")))
                .isNotEqualTo(scopes.of(caller(NURSE, AccessMode.NORMAL, "B^^^&1.2&ISO")));
        assertThat(scopes.compiled(NURSE, AccessMode.NORMAL)).isSameAs(first);
    }

    @Test
    void the_least_recently_used_goes_first_when_full() {
        ConsultScopes scopes = new ConsultScopes(DECIDER, 2);
        ConsultScopes.Compiled nurse = scopes.compiled(NURSE, AccessMode.NORMAL);
        ConsultScopes.Compiled physician = scopes.compiled(PHYSICIAN, AccessMode.NORMAL);
        assertThat(scopes.compiled(NURSE, AccessMode.NORMAL)).isSameAs(nurse); // the physician is now the eldest

        scopes.compiled(PHYSICIAN, AccessMode.CENTRE_15);

        assertThat(scopes.compiled(NURSE, AccessMode.NORMAL)).isSameAs(nurse);
        assertThat(scopes.compiled(PHYSICIAN, AccessMode.NORMAL)).isNotSameAs(physician).isEqualTo(physician);
    }
}
