package org.carnet.common.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.metadata.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DMP access rules (dmp-reference 3) as a decision table: {@code policy/decisions.csv}, one decision per
 * row, each naming the {@link DmpRule} expected to decide.
 */
class AccessDeciderTest {
    private static final String TABLE = "/policy/decisions.csv";
    private static final String STRUCTURE = "STRUCT-A";
    private static final String LOINC = "2.16.840.1.113883.6.1";
    private static final String DMP_TYPE = "1.2.250.1.213.1.1.4.12";

    private static final AccessDecider DECIDER = new AccessDecider(AuthorisationMatrix.defaults());

    private static final Map<String, Actor> ACTORS = Map.ofEntries(
            Map.entry("medecin", Actor.professional("810000000001", "10", "SM26", STRUCTURE)),
            Map.entry("medecin-secret", Actor.professional("810000000009", "10", "SM26", STRUCTURE)
                    .withSecretConnection(true)),
            Map.entry("medecin-air", Actor.professional("810000000002", "10", "SM26", STRUCTURE)
                    .withAuthenticationMode(AuthenticationMode.INDIRECTE_RENFORCEE)),
            Map.entry("pharmacien", Actor.professional("810000000003", "21", null, STRUCTURE)),
            Map.entry("infirmier", Actor.professional("810000000004", "60", null, STRUCTURE)),
            Map.entry("dentiste", Actor.professional("810000000005", "40", null, STRUCTURE)),
            Map.entry("sage-femme", Actor.professional("810000000006", "50", null, STRUCTURE)),
            Map.entry("medecin-travail", Actor.professional("810000000007", "10", "SM25", STRUCTURE)),
            Map.entry("secretaire", Actor.secretary("CPE-0001", STRUCTURE)),
            Map.entry("structure", Actor.professional("810000000008", "10", "SM26", STRUCTURE)
                    .withAuthenticationMode(AuthenticationMode.INDIRECTE)),
            Map.entry("patient", Actor.patient("1234567890123")),
            Map.entry("representant", Actor.legalRepresentative("REP-0001")),
            Map.entry("systeme", Actor.system("integration-engine")));

    /** Document fixtures: typeCode and classCode (dmp-reference 6). */
    private static final Map<String, Code[]> DOCUMENTS = Map.ofEntries(
            document("cr-hospitalier", "34112-3", LOINC, "10"),
            document("cr-biologie", "11502-2", LOINC, "10"),
            document("cr-imagerie", "18748-4", LOINC, "10"),
            document("vaccination", "87273-9", LOINC, "10"),
            document("synthese", "VSM", DMP_TYPE, "11"),
            document("prescription", "57833-6", LOINC, "42"),
            document("dispensation", "60593-1", LOINC, "43"),
            document("plan-soins", "18776-5", LOINC, "44"),
            document("administration", "80565-5", LOINC, "45"),
            document("remboursement", "REMB", DMP_TYPE, "60"),
            document("doc-patient", "DOCPAT01", DMP_TYPE, "90"),
            Map.entry("signature", new Code[] {new Code("E1762", "URN", (String) null),
                    new Code(PolicyCodes.CLASS_SUBMISSION_SET_SIGNATURE, "URN", (String) null)}));

    private static Map.Entry<String, Code[]> document(String name, String type, String typeSystem, String cls) {
        return Map.entry(name, new Code[] {new Code(type, typeSystem, (String) null),
                new Code(cls, PolicyCodes.CLASS_CODE_SYSTEM, (String) null)});
    }

    /** One row of the table, as written, with its line for messages. */
    record Row(int line, String actor, String dossier, String authorised, String blocked, String medecinTraitant,
               String mode, String opposition, String emergencyMasked, String confidentiality, String document,
               String author, Operation operation, String expected, DmpRule rule) {

        @Override
        public String toString() {
            return "line " + line + ": " + actor + " " + operation + " " + document + " [" + confidentiality
                    + ", author " + author + "] dossier " + dossier + ", auth=" + authorised + ", blocked="
                    + blocked + ", mt=" + medecinTraitant + ", mode " + mode + ", opposed " + opposition
                    + ", em-masked=" + emergencyMasked + " → " + expected + " by " + rule;
        }
    }

    static List<Row> rows() {
        return DecisionTable.read(TABLE, 14).stream().map(l -> {
            String[] f = l.fields();
            return new Row(l.number(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10],
                    Operation.valueOf(f[11]), f[12], DmpRule.valueOf(f[13]));
        }).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(Row row) {
        Decision decision = DECIDER.decide(actor(row), AccessMode.ofCode(row.mode()).orElseThrow(), dossier(row),
                documentFacts(row), row.operation());

        assertThat(decision.rule()).as(row.toString()).isEqualTo(row.rule());
        assertThat(decision.allowed()).as("allowed").isEqualTo(!row.expected().equals("deny"));
        assertThat(decision.emergency()).as("emergency").isEqualTo(row.expected().equals("emergency"));
        assertThat(decision.notifyPatient()).as("notify patient").isEqualTo(decision.emergency());
    }

    @Test
    void theTableHasAtLeastSixtyRowsAndNamesEveryRule() {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        Set<DmpRule> named = rows.stream().map(Row::rule).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(DmpRule.class)));
        Set<DmpRule> unshown = EnumSet.complementOf(EnumSet.copyOf(named));
        unshown.removeAll(DossierManagementDecider.RULES); // shown by DossierManagementDeciderTest's table
        assertThat(unshown).as("rules no row shows").isEmpty();
        assertThat(rows).extracting(Row::expected).allMatch(e -> Set.of("allow", "deny", "emergency").contains(e));
    }

    @Test
    void everyRuleCitesTheReference() {
        for (DmpRule rule : DmpRule.values()) {
            assertThat(rule.citation()).as(rule.name()).matches("^(§\\d|\\[inferred\\]).+");
        }
    }

    @Test
    void aDocumentOperationNeedsTheDocument() {
        Actor medecin = ACTORS.get("medecin");
        DossierFacts dossier = DossierFacts.open().withAuthorised(true);
        assertThatThrownBy(() -> DECIDER.decide(medecin, AccessMode.NORMAL, dossier, null, Operation.READ))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("READ");
    }

    @Test
    void aDecisionAgreesWithItsRule() {
        assertThatThrownBy(() -> new Decision(true, DmpRule.NOT_AUTHORISED, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision(false, DmpRule.EMERGENCY_OPPOSED, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confidentialityIsReadFromMetadataCodes() {
        Set<Confidentiality> found = Confidentiality.of(List.of(
                new Code("MASQUE_PS", PolicyCodes.DMP_CONFIDENTIALITY_SYSTEM, (String) null),
                new Code("N", PolicyCodes.HL7_CONFIDENTIALITY_SYSTEM, (String) null),
                new Code("MASQUE_PS", "another.system", (String) null)));
        assertThat(found).containsExactlyInAnyOrder(Confidentiality.MASQUE_PS, Confidentiality.N);
    }

    private static Actor actor(Row row) {
        Actor actor = ACTORS.get(row.actor());
        if (actor == null) {
            throw new IllegalStateException(row + ": unknown actor " + row.actor());
        }
        return actor;
    }

    private static DossierFacts dossier(Row row) {
        DossierFacts d = switch (row.dossier()) {
            case "open" -> DossierFacts.open();
            case "closed" -> DossierFacts.closed();
            default -> throw new IllegalStateException(row + ": dossier is open or closed");
        };
        return d.withAuthorised(yes(row, row.authorised()))
                .withBlocked(yes(row, row.blocked()))
                .withMedecinTraitant(yes(row, row.medecinTraitant()))
                .withOpposesBrisDeGlace(row.opposition().equals("bris_de_glace"))
                .withOpposesCentre15(row.opposition().equals("centre_15"))
                .withEmergencyMaySeeMasked(yes(row, row.emergencyMasked()));
    }

    private static DocumentFacts documentFacts(Row row) {
        if (row.document().equals("-")) {
            return null;
        }
        Code[] codes = DOCUMENTS.get(row.document());
        if (codes == null) {
            throw new IllegalStateException(row + ": unknown document " + row.document());
        }
        Set<Confidentiality> confidentiality = row.confidentiality().equals("-") ? Set.of()
                : Arrays.stream(row.confidentiality().split("\\+")).map(Confidentiality::valueOf)
                        .collect(Collectors.toSet());
        Actor actor = actor(row);
        String structure = actor.structureId() != null ? actor.structureId() : STRUCTURE;
        return switch (row.author()) {
            case "self" -> new DocumentFacts(codes[0], codes[1], confidentiality, actor.nationalId(), structure,
                    false).authoredAs(actor.professionCode());
            case "colleague" -> new DocumentFacts(codes[0], codes[1], confidentiality, "810000009999", structure,
                    false);
            case "other" -> new DocumentFacts(codes[0], codes[1], confidentiality, "810000008888", "STRUCT-B", false);
            case "patient" -> new DocumentFacts(codes[0], codes[1], confidentiality, null, null, true);
            default -> throw new IllegalStateException(row + ": unknown author " + row.author());
        };
    }

    private static boolean yes(Row row, String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException(row + ": yes or no, not " + value);
        };
    }
}
