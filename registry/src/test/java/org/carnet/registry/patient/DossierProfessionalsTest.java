package org.carnet.registry.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.registry.patient.DossierDatabase.START;
import static org.carnet.registry.patient.DossierDirectoryTest.DOCTOR;
import static org.carnet.registry.patient.DossierDirectoryTest.KEY;
import static org.carnet.registry.patient.DossierDirectoryTest.PATIENT;

import java.time.Duration;
import java.time.Instant;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.Actor;
import org.carnet.registry.patient.DossierProfessionals.Professional;
import org.carnet.registry.patient.DossierProfessionals.Relation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Professionals' standing on a dossier: TD0.3 declarations, the patient's blocks, TD1.6 lists, TD0.4 lists. */
class DossierProfessionalsTest {
    static final String OTHER_KEY = "153078987658513^^^&1.2.250.1.213.1.4.10&ISO";
    static final Caller SECOND_DOCTOR = new Caller(Actor.professional("810000000002", "10", "SM26", null),
            "ANNE SECOND", AccessMode.NORMAL, null, null, null);
    static final Professional NURSE = new Professional("810000000004", "PAUL INFIRMIER", "60", null);

    private final DossierDatabase db = new DossierDatabase();
    private final DossierDirectory dossiers = new DossierDirectory(db.database, db.clock);
    private final DossierProfessionals professionals = new DossierProfessionals(db.database, db.clock);

    @BeforeEach
    void open() throws Exception {
        dossiers.open(new Cx(KEY), PATIENT);
        dossiers.open(new Cx(OTHER_KEY), PATIENT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void grantingTwiceKeepsTheFirstGrantAndRevokingSaysWhetherItWasHeld() throws Exception {
        assertThat(professionals.grant(KEY, Relation.AUTHORISED, Professional.of(DOCTOR), DOCTOR)).isTrue();
        db.clock.advance(Duration.ofHours(1));
        assertThat(professionals.grant(KEY, Relation.AUTHORISED, Professional.of(DOCTOR), PATIENT)).isFalse();

        assertThat(professionals.list(KEY, null)).containsExactly(new ProfessionalOnDossier("899900063480",
                "MAX LIBRE", "10", "SM26", START, "899900063480", "PROFESSIONAL", null, null));

        assertThat(professionals.revoke(KEY, Relation.AUTHORISED, "899900063480")).isTrue();
        assertThat(professionals.revoke(KEY, Relation.AUTHORISED, "899900063480")).isFalse();
        assertThat(professionals.list(KEY, null)).isEmpty();
        assertThat(dossiers.find(KEY).orElseThrow().updatedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void severalMedecinsTraitantsAndTheListModesOfTd16() throws Exception {
        professionals.grant(KEY, Relation.MEDECIN_TRAITANT, Professional.of(DOCTOR), DOCTOR);
        professionals.grant(KEY, Relation.MEDECIN_TRAITANT, Professional.of(SECOND_DOCTOR), SECOND_DOCTOR);
        db.clock.advance(Duration.ofDays(1));
        Instant later = db.clock.instant();
        professionals.grant(KEY, Relation.AUTHORISED, NURSE, PATIENT);
        professionals.grant(KEY, Relation.BLOCKED, new Professional(NURSE.id(), null, null, null), PATIENT);

        ProfessionalOnDossier doctor = new ProfessionalOnDossier("899900063480", "MAX LIBRE", "10", "SM26", null,
                null, null, null, START);
        ProfessionalOnDossier second = new ProfessionalOnDossier("810000000002", "ANNE SECOND", "10", "SM26", null,
                null, null, null, START);
        ProfessionalOnDossier nurse = new ProfessionalOnDossier("810000000004", "PAUL INFIRMIER", "60", null, later,
                KEY, "PATIENT", later, null);
        assertThat(professionals.list(KEY, null)).containsExactly(second, nurse, doctor);
        assertThat(professionals.list(KEY, ProfessionalOnDossier.Mode.ACTIVE)).containsExactly(second, doctor);
        assertThat(professionals.list(KEY, ProfessionalOnDossier.Mode.BLOCKED)).containsExactly(nurse);
        assertThat(professionals.list(OTHER_KEY, null)).isEmpty();
    }

    @Test
    void td04ListsTheDossiersAProfessionalMayConsultClosedOnesIncluded() throws Exception {
        professionals.grant(KEY, Relation.AUTHORISED, Professional.of(DOCTOR), DOCTOR);
        professionals.grant(KEY, Relation.MEDECIN_TRAITANT, Professional.of(DOCTOR), DOCTOR);
        professionals.grant(OTHER_KEY, Relation.AUTHORISED, Professional.of(DOCTOR), DOCTOR);
        professionals.grant(OTHER_KEY, Relation.AUTHORISED, NURSE, PATIENT);
        professionals.grant(OTHER_KEY, Relation.BLOCKED, NURSE, PATIENT);
        db.clock.advance(Duration.ofDays(2));
        dossiers.close(OTHER_KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT);

        assertThat(professionals.dossiersOf(DOCTOR.id())).containsExactly(
                new AuthorisedDossier(OTHER_KEY, Dossier.Status.CLOSED, START, null),
                new AuthorisedDossier(KEY, Dossier.Status.OPEN, START, START));
        assertThat(professionals.dossiersOf(NURSE.id())).as("blocked").isEmpty();
        assertThat(professionals.dossiersOf("nobody")).isEmpty();
    }

    @Test
    void aClosedOrMissingDossierTakesNoChange() throws Exception {
        professionals.grant(KEY, Relation.AUTHORISED, Professional.of(DOCTOR), DOCTOR);
        dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT);

        assertThatThrownBy(() -> professionals.grant(KEY, Relation.BLOCKED, NURSE, PATIENT))
                .isInstanceOfSatisfying(DossierStateException.class,
                        e -> assertThat(e.problem()).isEqualTo(DossierStateException.Problem.CLOSED));
        assertThatThrownBy(() -> professionals.revoke(KEY, Relation.AUTHORISED, DOCTOR.id()))
                .isInstanceOfSatisfying(DossierStateException.class,
                        e -> assertThat(e.problem()).isEqualTo(DossierStateException.Problem.CLOSED));
        assertThatThrownBy(() -> professionals.grant("1^^^&1.2.3&ISO", Relation.AUTHORISED, NURSE, PATIENT))
                .isInstanceOfSatisfying(DossierStateException.class,
                        e -> assertThat(e.problem()).isEqualTo(DossierStateException.Problem.NO_DOSSIER));
        assertThat(professionals.list(KEY, null)).extracting(ProfessionalOnDossier::professionalId)
                .containsExactly(DOCTOR.id());
    }
}
