package org.carnet.common.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.access.AuthenticationMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may change a dossier's state and the standing of professionals on it, as a decision table:
 * {@code policy/dossier-management.csv}, one decision per row, each naming the {@link DmpRule} expected to decide.
 */
class DossierManagementDeciderTest {
    private static final String TABLE = "/policy/dossier-management.csv";
    private static final String STRUCTURE = "STRUCT-A";
    private static final String OTHER_PROFESSIONAL = "810000009999";
    private static final DossierManagementDecider DECIDER = new DossierManagementDecider();

    private static final Map<String, Actor> ACTORS = Map.ofEntries(
            Map.entry("medecin", Actor.professional("810000000001", "10", "SM26", STRUCTURE)),
            Map.entry("infirmier", Actor.professional("810000000004", "60", null, STRUCTURE)),
            Map.entry("medecin-air", Actor.professional("810000000002", "10", "SM26", STRUCTURE)
                    .withAuthenticationMode(AuthenticationMode.INDIRECTE_RENFORCEE)),
            Map.entry("secretaire", Actor.secretary("CPE-0001", STRUCTURE)),
            Map.entry("structure", Actor.professional("810000000008", "10", "SM26", STRUCTURE)
                    .withAuthenticationMode(AuthenticationMode.INDIRECTE)),
            Map.entry("patient", Actor.patient("1234567890123^^^&1.2.250.1.213.1.4.10&ISO")),
            Map.entry("representant", Actor.legalRepresentative("REP-0001")),
            Map.entry("systeme", Actor.system("integration-engine")));

    record Row(int line, String actor, String dossier, String own, String authorised, String blocked,
               String medecinTraitant, String target, String consent, String reason, DossierOperation operation,
               String expected, DmpRule rule) {

        @Override
        public String toString() {
            return "line " + line + ": " + actor + " " + operation + " target " + target + " on " + dossier
                    + " dossier (own=" + own + ", auth=" + authorised + ", blocked=" + blocked + ", mt="
                    + medecinTraitant + ", consent=" + consent + ", reason " + reason + ") → " + expected + " by "
                    + rule;
        }
    }

    static List<Row> rows() {
        return DecisionTable.read(TABLE, 12).stream().map(l -> {
            String[] f = l.fields();
            return new Row(l.number(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                    DossierOperation.valueOf(f[9]), f[10], DmpRule.valueOf(f[11]));
        }).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(Row row) {
        Actor actor = ACTORS.get(row.actor());
        assertThat(actor).as(row + ": unknown actor").isNotNull();

        Decision decision = DECIDER.decide(actor, row.operation(), request(row, actor));

        assertThat(decision.rule()).as(row.toString()).isEqualTo(row.rule());
        assertThat(decision.allowed()).as("allowed").isEqualTo(row.expected().equals("allow"));
        assertThat(decision.emergency()).as("never an emergency access").isFalse();
    }

    @Test
    void theTableShowsEveryRuleOfTheDeciderAndEveryOperation() {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        Set<DmpRule> named = rows.stream().map(Row::rule).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(DmpRule.class)));
        assertThat(named).isEqualTo(DossierManagementDecider.RULES);
        Set<DossierOperation> operations = rows.stream().map(Row::operation).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(DossierOperation.class)));
        assertThat(operations).isEqualTo(EnumSet.allOf(DossierOperation.class));
        assertThat(rows).extracting(Row::expected).allMatch(e -> Set.of("allow", "deny").contains(e));
    }

    @Test
    void bothWaysOfAuthorisingAreOneAuditedAction() {
        assertThat(DossierOperation.AUTHORISE_SELF.action()).isEqualTo("AUTHORISE");
        assertThat(DossierOperation.AUTHORISE_BY_PATIENT.action()).isEqualTo("AUTHORISE");
        assertThat(DossierOperation.BLOCK.action()).isEqualTo("BLOCK");
    }

    private static DossierRequest request(Row row, Actor actor) {
        DossierFacts dossier = switch (row.dossier()) {
            case "open" -> DossierFacts.open();
            case "closed" -> DossierFacts.closed();
            default -> throw new IllegalStateException(row + ": dossier is open or closed");
        };
        dossier = dossier.withAuthorised(yes(row, row.authorised()))
                .withBlocked(yes(row, row.blocked()))
                .withMedecinTraitant(yes(row, row.medecinTraitant()));
        String target = switch (row.target()) {
            case "self" -> actor.nationalId();
            case "other" -> OTHER_PROFESSIONAL;
            case "-" -> null;
            default -> throw new IllegalStateException(row + ": target is self, other or -");
        };
        return DossierRequest.about(dossier)
                .withActorIsThePatient(yes(row, row.own()))
                .withProfessional(target)
                .withConsent(yes(row, row.consent()))
                .withCloseReason(row.reason().equals("-") ? null : row.reason());
    }

    private static boolean yes(Row row, String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException(row + ": yes or no, not " + value);
        };
    }
}
