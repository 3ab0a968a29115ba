package org.carnet.common.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.policy.TraceVisibility.Decision;
import org.carnet.common.policy.TraceVisibility.Rule;
import org.carnet.common.policy.TraceVisibility.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who reads which traces of a dossier's access history (dmp-reference 5), one decision per row. */
class TraceVisibilityTest {
    private static final String DOSSIER = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";

    private static final Map<String, Actor> READERS = Map.of(
            "patient", Actor.patient(DOSSIER),
            "patient-dmp-form", Actor.patient("248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH"),
            "other-patient", Actor.patient("179105613712345^^^&1.2.250.1.213.1.4.10&ISO"),
            "patient-malformed-id", Actor.patient("248039263001064"),
            "representative", Actor.legalRepresentative("REP-0001"),
            "system", Actor.system("audit-console"),
            "medecin", Actor.professional("810000000001", "10", "SM26", "STRUCT-A"),
            "infirmier", Actor.professional("810000000004", "60", null, "STRUCT-A"),
            "secretaire", Actor.secretary("CPE-0001", "STRUCT-A"),
            "structure", Actor.professional("810000000001", "10", "SM26", "STRUCT-A")
                    .withAuthenticationMode(AuthenticationMode.INDIRECTE));

    /** reader, is médecin traitant of the dossier, scope, rule, whose traces for the OWN scope. */
    @ParameterizedTest(name = "{0} (médecin traitant: {1}) -> {2}, {3}")
    @CsvSource({
            "patient,              false, ALL,  PATIENT_SEES_HISTORY,             ",
            "patient-dmp-form,     false, ALL,  PATIENT_SEES_HISTORY,             ",
            "other-patient,        false, NONE, OTHER_PATIENTS_HISTORY,           ",
            "patient-malformed-id, false, NONE, OTHER_PATIENTS_HISTORY,           ",
            "representative,       false, NONE, REPRESENTATIVE_NOT_LINKED,        ",
            "system,               false, ALL,  SYSTEM_SEES_ALL_TRACES,           ",
            "medecin,              true,  ALL,  MEDECIN_TRAITANT_SEES_ALL_TRACES, ",
            "medecin,              false, OWN,  PROFESSIONAL_SEES_OWN_TRACES,     810000000001",
            "infirmier,            false, OWN,  PROFESSIONAL_SEES_OWN_TRACES,     810000000004",
            "secretaire,           true,  OWN,  PROFESSIONAL_SEES_OWN_TRACES,     CPE-0001",
            "structure,            true,  OWN,  PROFESSIONAL_SEES_OWN_TRACES,     810000000001",
    })
    void decides(String reader, boolean medecinTraitant, Scope scope, Rule rule, String ownTracesOf) {
        Decision decision = TraceVisibility.decide(READERS.get(reader), DOSSIER, medecinTraitant);

        assertThat(decision).isEqualTo(new Decision(rule, ownTracesOf));
        assertThat(decision.scope()).isEqualTo(scope);
        assertThat(decision.allowed()).isEqualTo(scope != Scope.NONE);
    }

    @Test
    void everyRuleIsDecidedByARowAndCitesTheReference() {
        Set<Rule> decided = Arrays.stream(TraceVisibilityTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("decides")).findFirst().map(m -> m.getAnnotation(CsvSource.class))
                .stream().flatMap(csv -> Arrays.stream(csv.value()))
                .map(row -> Rule.valueOf(row.split(",")[3].trim())).collect(Collectors.toSet());

        assertThat(decided).isEqualTo(EnumSet.allOf(Rule.class));
        assertThat(Rule.values()).allSatisfy(r -> assertThat(r.citation()).containsAnyOf("§5", "[inferred]"));
    }

    @Test
    void anActorIdGoesWithTheOwnScopeOnly() {
        assertThatThrownBy(() -> new Decision(Rule.PATIENT_SEES_HISTORY, "810000000001"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision(Rule.PROFESSIONAL_SEES_OWN_TRACES, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
