package org.carnet.registry.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.registry.patient.DossierDatabase.START;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.DossierFacts;
import org.carnet.registry.patient.DossierProfessionals.Professional;
import org.carnet.registry.patient.DossierProfessionals.Relation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A dossier's life (TD1.1, TD1.4, TD1.2), its consent history, oppositions (TD1.3b) and the facts the rules read. */
class DossierDirectoryTest {
    static final String DMP_FORM = "207058575627097^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String KEY = "207058575627097^^^&1.2.250.1.213.1.4.10&ISO";
    static final Caller DOCTOR = new Caller(Actor.professional("899900063480", "10", "SM26", "499900063480001"),
            "MAX LIBRE", org.carnet.common.access.AccessMode.NORMAL, null, "499900063480001", "10.0.0.1");
    static final Caller PATIENT = Caller.patient(KEY, "LAURENCE PATB-QUATRE", "10.0.0.2");

    private final DossierDatabase db = new DossierDatabase();
    private final DossierDirectory dossiers = new DossierDirectory(db.database, db.clock);
    private final DossierProfessionals professionals = new DossierProfessionals(db.database, db.clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void openingRecordsWhoRecordedTheConsentOnceAndBothCxFormsAreOneDossier() throws Exception {
        DossierDirectory.Opened first = dossiers.open(new Cx(DMP_FORM), DOCTOR);
        db.clock.advance(Duration.ofMinutes(1));
        DossierDirectory.Opened again = dossiers.open(new Cx(KEY), PATIENT);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.dossier()).isEqualTo(new Dossier(KEY, Dossier.Status.OPEN, START, START, null, null,
                Oppositions.NONE));
        assertThat(dossiers.history(KEY)).containsExactly(new DossierEvent(DossierEvent.Kind.OPENED, null,
                "899900063480", "PROFESSIONAL", "MAX LIBRE", START));
    }

    @Test
    void closingThenReopeningKeepsTheWholeHistory() throws Exception {
        dossiers.open(new Cx(KEY), PATIENT);
        db.clock.advance(Duration.ofDays(30));
        Instant closedAt = db.clock.instant();
        Dossier closed = dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", DOCTOR);
        db.clock.advance(Duration.ofDays(400));
        Instant reopenedAt = db.clock.instant();
        Dossier reopened = dossiers.reopen(KEY, PATIENT);

        assertThat(closed).isEqualTo(new Dossier(KEY, Dossier.Status.CLOSED, START, closedAt, closedAt,
                "FERMETURE_DEMANDE_PATIENT", Oppositions.NONE));
        assertThat(reopened).isEqualTo(new Dossier(KEY, Dossier.Status.OPEN, START, reopenedAt, null, null,
                Oppositions.NONE));
        assertThat(dossiers.find(KEY)).contains(reopened);
        assertThat(dossiers.history(KEY)).containsExactly(
                new DossierEvent(DossierEvent.Kind.OPENED, null, KEY, "PATIENT", "LAURENCE PATB-QUATRE", START),
                new DossierEvent(DossierEvent.Kind.CLOSED, "FERMETURE_DEMANDE_PATIENT", "899900063480",
                        "PROFESSIONAL", "MAX LIBRE", closedAt),
                new DossierEvent(DossierEvent.Kind.REOPENED, null, KEY, "PATIENT", "LAURENCE PATB-QUATRE",
                        reopenedAt));
    }

    @Test
    void changesInTheWrongStateAreRefusedAndChangeNothing() throws Exception {
        assertProblem(() -> dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT),
                DossierStateException.Problem.NO_DOSSIER);
        assertProblem(() -> dossiers.reopen(KEY, PATIENT), DossierStateException.Problem.NO_DOSSIER);

        dossiers.open(new Cx(KEY), PATIENT);
        assertProblem(() -> dossiers.reopen(KEY, PATIENT), DossierStateException.Problem.OPEN);

        dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT);
        assertProblem(() -> dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT),
                DossierStateException.Problem.CLOSED);
        assertProblem(() -> dossiers.open(new Cx(KEY), PATIENT), DossierStateException.Problem.CLOSED);
        assertProblem(() -> dossiers.setOppositions(KEY, new Oppositions(true, true, false)),
                DossierStateException.Problem.CLOSED);

        assertThat(dossiers.history(KEY)).extracting(DossierEvent::kind)
                .containsExactly(DossierEvent.Kind.OPENED, DossierEvent.Kind.CLOSED);
        assertThat(dossiers.find(KEY).orElseThrow().oppositions()).isEqualTo(Oppositions.NONE);
    }

    @Test
    void oppositionsAreKeptAndReadAsFacts() throws Exception {
        dossiers.open(new Cx(KEY), PATIENT);
        Dossier changed = dossiers.setOppositions(KEY, new Oppositions(true, false, true));

        assertThat(changed.oppositions()).isEqualTo(new Oppositions(true, false, true));
        assertThat(dossiers.facts(KEY, PATIENT.actor())).contains(
                new DossierFacts(DossierFacts.Status.OPEN, false, false, false, true, false, true));
    }

    @Test
    void factsNameTheActorsOwnStandingOnly() throws Exception {
        dossiers.open(new Cx(KEY), PATIENT);
        professionals.grant(KEY, Relation.AUTHORISED, Professional.of(DOCTOR), DOCTOR);
        professionals.grant(KEY, Relation.MEDECIN_TRAITANT, Professional.of(DOCTOR), DOCTOR);
        professionals.grant(KEY, Relation.BLOCKED, new Professional("810000000099", null, null, null), PATIENT);

        assertThat(dossiers.facts(KEY, DOCTOR.actor())).contains(DossierFacts.open().withAuthorised(true)
                .withMedecinTraitant(true));
        assertThat(dossiers.facts(KEY, Actor.professional("810000000099", "60", null, null)))
                .contains(DossierFacts.open().withBlocked(true));
        assertThat(dossiers.facts(KEY, Actor.professional("810000000100", "10", null, null)))
                .contains(DossierFacts.open());
        // a patient's key never matches a professional's standing
        assertThat(dossiers.facts(KEY, Actor.patient("899900063480"))).contains(DossierFacts.open());
        assertThat(dossiers.facts("1^^^&1.2.3&ISO", DOCTOR.actor())).isEmpty();

        dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT);
        assertThat(dossiers.facts(KEY, DOCTOR.actor())).contains(DossierFacts.closed().withAuthorised(true)
                .withMedecinTraitant(true));
    }

    @Test
    void openWithoutACallerRecordsTheNodeAsWhoRecordedTheConsent() throws Exception {
        dossiers.open(new Cx(KEY));

        List<DossierEvent> history = dossiers.history(KEY);
        assertThat(history).containsExactly(new DossierEvent(DossierEvent.Kind.OPENED, null,
                DossierDirectory.NODE_ACTOR, "SYSTEM", DossierDirectory.NODE_ACTOR, START));
    }

    @Test
    void retentionCountsFromTheClosure() throws Exception {
        dossiers.open(new Cx(KEY), PATIENT);
        DossierRetention tenYears = new DossierRetention(DossierRetention.DEFAULT_YEARS);
        assertThat(tenYears.purgeableFrom(dossiers.find(KEY).orElseThrow())).isEmpty();

        db.clock.advance(Duration.ofDays(1));
        Dossier closed = dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT);

        assertThat(tenYears.purgeableFrom(closed)).contains(Instant.parse("2036-03-02T09:00:00Z"));
        assertThat(new DossierRetention(1).purgeableFrom(closed)).contains(Instant.parse("2027-03-02T09:00:00Z"));
        assertThatThrownBy(() -> new DossierRetention(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable change,
                                      DossierStateException.Problem problem) {
        assertThatThrownBy(change).isInstanceOfSatisfying(DossierStateException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
