package org.carnet.common.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.access.Caller;
import org.carnet.common.policy.TraceVisibility.Decision;
import org.carnet.common.policy.TraceVisibility.Rule;
import org.carnet.common.policy.TraceVisibility.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who reads which traces of a dossier's access history (dmp-reference 5), one decision per row. */
class TraceVisibilityTest {
    private static final String DOSSIER = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";
    private static final String OTHER_DOSSIER = "179105613712345^^^&1.2.250.1.213.1.4.10&ISO";

    private static final Map<String, Actor> READERS = Map.of(
            "patient", Actor.patient(DOSSIER),
            "patient-dmp-form", Actor.patient("248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH"),
            "other-patient", Actor.patient(OTHER_DOSSIER),
            "patient-malformed-id", Actor.patient("248039263001064"),
            "representative", Actor.legalRepresentative("REP-0001"),
            "system", Actor.system("audit-console"),
            "medecin", Actor.professional("810000000001", "10", "SM26", "STRUCT-A"),
            "infirmier", Actor.professional("810000000004", "60", null, "STRUCT-A"),
            "secretaire", Actor.secretary("CPE-0001", "STRUCT-A"),
            "structure", Actor.professional("810000000001", "10", "SM26", "STRUCT-A")
                    .withAuthenticationMode(AuthenticationMode.INDIRECTE));

    /**
     * reader, the dossier its credential is bound to (none, this, other), is médecin traitant of the dossier, scope,
     * rule, whose traces for the OWN scope.
     */
    @ParameterizedTest(name = "{0} (bound to: {1}, médecin traitant: {2}) -> {3}, {4}")
    @CsvSource({
            "patient,              this,  false, ALL,  PATIENT_SEES_HISTORY,             ",
            "patient,              none,  false, ALL,  PATIENT_SEES_HISTORY,             ",
            "patient-dmp-form,     this,  false, ALL,  PATIENT_SEES_HISTORY,             ",
            "other-patient,        none,  false, NONE, OTHER_PATIENTS_HISTORY,           ",
            "other-patient,        other, false, NONE, OTHER_PATIENTS_HISTORY,           ",
            "system,               other, false, NONE, CREDENTIAL_FOR_ANOTHER_DOSSIER,   ",
            "patient-malformed-id, none,  false, NONE, OTHER_PATIENTS_HISTORY,           ",
            "representative,       none,  false, NONE, REPRESENTATIVE_NOT_LINKED,        ",
            "system,               none,  false, ALL,  SYSTEM_SEES_ALL_TRACES,           ",
            "medecin,              none,  true,  ALL,  MEDECIN_TRAITANT_SEES_ALL_TRACES, ",
            "medecin,              this,  true,  ALL,  MEDECIN_TRAITANT_SEES_ALL_TRACES, ",
            "medecin,              other, true,  NONE, CREDENTIAL_FOR_ANOTHER_DOSSIER,   ",
            "medecin,              none,  false, OWN,  PROFESSIONAL_SEES_OWN_TRACES,     810000000001",
            "infirmier,            this,  false, OWN,  PROFESSIONAL_SEES_OWN_TRACES,     810000000004",
            "secretaire,           none,  true,  OWN,  PROFESSIONAL_SEES_OWN_TRACES,     CPE-0001",
            "structure,            none,  true,  OWN,  PROFESSIONAL_SEES_OWN_TRACES,     810000000001",
    })
    void decides(String reader, String boundTo, boolean medecinTraitant, Scope scope, Rule rule, String ownTracesOf) {
        Actor actor = READERS.get(reader);
        String dossierKey = switch (boundTo) {
            case "this" -> DOSSIER;
            case "other" -> OTHER_DOSSIER;
            default -> null;
        };
        Decision decision = TraceVisibility.decide(new Caller(actor, null, AccessMode.NORMAL, null, null, null,
                dossierKey), DOSSIER, medecinTraitant);

        assertThat(decision).isEqualTo(new Decision(rule, ownTracesOf));
        assertThat(decision.scope()).isEqualTo(scope);
        assertThat(decision.allowed()).isEqualTo(scope != Scope.NONE);
    }

    @Test
    void everyRuleIsDecidedByARowAndCitesTheReference() {
        Set<Rule> decided = Arrays.stream(TraceVisibilityTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("decides")).findFirst().map(m -> m.getAnnotation(CsvSource.class))
                .stream().flatMap(csv -> Arrays.stream(csv.value()))
                .map(row -> Rule.valueOf(row.split(",")[4].trim())).collect(Collectors.toSet());

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
