package org.carnet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.server.ScriptedNode.DAY;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, "a test of the access-log API after a scripted day of a patient's record": pushes, queries and
 * retrievals by different professionals, one of them in an emergency, then the history as each kind of reader
 * sees it through {@code GET /api/dossiers/{patientId}/access-log} (dmp-reference 5: the patient and the médecin
 * traitant see every trace, another professional their own).
 */
class AccessLogDayIT {
    static final String PATIENT = SampleData.PATIENT;
    static final String PATIENT_KEY = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";
    static final String OTHER_PATIENT = SampleData.OTHER_PATIENT;
    static final String OTHER_PATIENT_KEY = "179105613712345^^^&1.2.250.1.213.1.4.10&ISO";
    static final String PROFESSIONS = "1.2.250.1.71.1.2.7";
    static final Code MEDECIN = new Code("10", PROFESSIONS, "Médecin");

    /** The patient's médecin traitant, a general practitioner. */
    static final Caller DR_MARTIN = professional("810000000001", "Dr Alice Martin", "10", "SM26", MEDECIN,
            "CABINET-MARTIN", AccessMode.NORMAL, "192.0.2.10");
    /** A biologist who sends lab reports. */
    static final Caller DR_BERNARD = professional("810000000002", "Dr Louis Bernard", "10", "SM05", MEDECIN,
            "LABO-BIO-NORD", AccessMode.NORMAL, "192.0.2.20");
    /** A home-care nurse. */
    static final Caller NURSE_PETIT = professional("810000000003", "Claire Petit", "60", null,
            new Code("60", PROFESSIONS, "Infirmier"), "SSIAD-NORD", AccessMode.NORMAL, "192.0.2.30");
    /** An emergency physician breaking the glass. */
    static final Caller DR_LEROY = professional("810000000004", "Dr Marc Leroy", "10", "SM26", MEDECIN,
            "CHU-URGENCES", AccessMode.BRIS_DE_GLACE, "192.0.2.40");
    static final Caller THE_PATIENT = Caller.patient(PATIENT_KEY, "Marie Dupont", "198.51.100.7");
    static final Caller ANOTHER_PATIENT = Caller.patient(OTHER_PATIENT_KEY, "Jean Durand", "198.51.100.8");

    /** The médecin traitant with a credential bound to another patient's dossier (a VIHF's resource-id). */
    static final Caller DR_MARTIN_FOR_ANOTHER_RECORD = new Caller(DR_MARTIN.actor(), DR_MARTIN.name(), DR_MARTIN.mode(),
            DR_MARTIN.role(), DR_MARTIN.organisation(), DR_MARTIN.address(), OTHER_PATIENT_KEY);

    static final Map<String, Caller> READERS = Map.of("martin", DR_MARTIN, "bernard", DR_BERNARD,
            "petit", NURSE_PETIT, "leroy", DR_LEROY, "patient", THE_PATIENT, "other-patient", ANOTHER_PATIENT,
            "martin-for-another-record", DR_MARTIN_FOR_ANOTHER_RECORD);

    static Caller professional(String id, String name, String profession, String speciality, Code role,
                               String structure, AccessMode mode, String address) {
        return new Caller(Actor.professional(id, profession, speciality, structure), name, mode, role, structure,
                address);
    }

    /** One entry of the history as the test compares it: who, what, which documents, in which mode, outcome. */
    record Line(String when, String who, String action, List<String> documents, String mode, boolean emergency,
                String outcome) {
    }

    static Line line(String time, Caller who, String action, List<String> documents, Outcome outcome) {
        return new Line(DAY + time + ":00Z", who.id(), action, documents, who.mode().code(), who.emergency(),
                outcome.name());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    ScriptedNode node;
    String labReport;
    String otherPatientsReport;
    String carePlan;
    String woundPhoto;
    String refusedReport;
    /** The patient's record as the day left it, newest first. */
    List<Line> day;

    @BeforeEach
    void scriptTheDay() throws Exception {
        node = new ScriptedNode(root, READERS);
        // the dossier operations go through the dossier API, as patients and professionals use it
        assertThat(node.at("08:00").api("POST", "/api/dossiers", "patient", null).statusCode()).isEqualTo(201);
        assertThat(node.api("POST", "/api/dossiers", "other-patient", null).statusCode()).isEqualTo(201);
        assertThat(node.at("08:30").api("PUT", ScriptedNode.dossier(PATIENT, "/professionals/" + DR_MARTIN.id()
                + "/medecin-traitant"), "martin", null).statusCode()).isEqualTo(200);

        DocumentEntry lab = SampleData.documentEntry("Document01", PATIENT).build();
        assertThat(node.at("09:00").provide(DR_BERNARD, SampleData.submission(PATIENT, List.of(lab)),
                Map.of("Document01", SampleData.content("lab report")))).isEqualTo(Outcome.SUCCESS);
        labReport = lab.uniqueId();

        DocumentEntry others = SampleData.documentEntry("Document01", OTHER_PATIENT).build();
        assertThat(node.at("09:30").provide(DR_BERNARD, SampleData.submission(OTHER_PATIENT, List.of(others)),
                Map.of("Document01", SampleData.content("another patient's lab report")))).isEqualTo(Outcome.SUCCESS);
        otherPatientsReport = others.uniqueId();

        assertThat(node.at("10:00").findDocuments(DR_MARTIN, PATIENT).getRegistryObjectList().getIdentifiable())
                .hasSize(1);
        assertThat(node.at("10:05").retrieve(DR_MARTIN, labReport).getDocumentResponse()).hasSize(1);

        DocumentEntry plan = SampleData.documentEntry("Document01", PATIENT).build();
        DocumentEntry photo = SampleData.documentEntry("Document02", PATIENT).build();
        Map<String, byte[]> homeVisit = new LinkedHashMap<>();
        homeVisit.put("Document01", SampleData.content("care plan"));
        homeVisit.put("Document02", SampleData.content("wound photo"));
        assertThat(node.at("11:00").provide(NURSE_PETIT, SampleData.submission(PATIENT, List.of(plan, photo)),
                homeVisit)).isEqualTo(Outcome.SUCCESS);
        carePlan = plan.uniqueId();
        woundPhoto = photo.uniqueId();

        assertThat(node.at("14:00").findDocuments(DR_LEROY, PATIENT).getRegistryObjectList().getIdentifiable())
                .hasSize(3);
        assertThat(node.at("14:05").retrieve(DR_LEROY, labReport, carePlan).getDocumentResponse()).hasSize(2);

        RetrieveDocumentSetResponseType partial = node.at("15:00").retrieve(DR_MARTIN, "1.2.3.404", labReport);
        assertThat(partial.getDocumentResponse()).hasSize(1);

        DocumentEntry refused = SampleData.documentEntry("Document01", PATIENT).build();
        assertThat(node.at("16:00").provide(DR_BERNARD, SampleData.submission(PATIENT, List.of(refused)), Map.of()))
                .isEqualTo(Outcome.FAILURE); // XDSMissingDocument
        refusedReport = refused.uniqueId();

        day = List.of(
                line("16:00", DR_BERNARD, "DOCUMENT_ADDED", List.of(refusedReport), Outcome.FAILURE),
                line("15:00", DR_MARTIN, "DOCUMENT_READ", List.of(labReport), Outcome.PARTIAL_SUCCESS),
                line("14:05", DR_LEROY, "DOCUMENT_READ", List.of(labReport, carePlan), Outcome.SUCCESS),
                line("14:00", DR_LEROY, "DOCUMENTS_LISTED", List.of(), Outcome.SUCCESS),
                line("11:00", NURSE_PETIT, "DOCUMENT_ADDED", List.of(carePlan, woundPhoto), Outcome.SUCCESS),
                line("10:05", DR_MARTIN, "DOCUMENT_READ", List.of(labReport), Outcome.SUCCESS),
                line("10:00", DR_MARTIN, "DOCUMENTS_LISTED", List.of(), Outcome.SUCCESS),
                line("09:00", DR_BERNARD, "DOCUMENT_ADDED", List.of(labReport), Outcome.SUCCESS),
                line("08:30", DR_MARTIN, "MEDECIN_TRAITANT_DECLARED", List.of(), Outcome.SUCCESS),
                line("08:00", THE_PATIENT, "DOSSIER_OPENED", List.of(), Outcome.SUCCESS));
    }

    @AfterEach
    void close() {
        node.close();
    }

    /** The time of day for what follows. */
    AccessLogDayIT at(String time) {
        node.at(time);
        return this;
    }

    /** Reads the history as {@code reader}, expecting 200. */
    JsonNode read(String reader, String patient, String query) throws Exception {
        HttpResponse<String> response = node.accessLog(reader, patient, query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(response.body());
    }

    static List<Line> lines(JsonNode page) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode e : page.get("entries")) {
            List<String> documents = new ArrayList<>();
            e.get("action").get("documents").forEach(d -> documents.add(d.asText()));
            lines.add(new Line(e.get("when").asText(), e.get("who").get("id").asText(),
                    e.get("action").get("code").asText(), documents, e.get("accessMode").asText(),
                    e.get("emergency").asBoolean(), e.get("outcome").asText()));
        }
        return lines;
    }

    static Line historyRead(String time, Caller who, Outcome outcome) {
        return line(time, who, "ACCESS_HISTORY_READ", List.of(), outcome);
    }

    @Test
    void thePatientSeesTheWholeDayNewestFirstWhoWhatAndInWhichMode() throws Exception {
        JsonNode page = at("18:00").read("patient", PATIENT, "");

        assertThat(lines(page)).containsExactlyElementsOf(day);
        assertThat(page.get("patientId").asText()).isEqualTo(PATIENT_KEY);
        assertThat(page.get("traces").asText()).isEqualTo("ALL");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("total").asLong()).isEqualTo(10);

        JsonNode emergencyRead = page.get("entries").get(2);
        assertThat(emergencyRead.get("who")).isEqualTo(JSON.readTree("""
                {"id": "810000000004", "name": "Dr Marc Leroy", "kind": "PROFESSIONAL",
                 "role": {"code": "10", "codeSystem": "1.2.250.1.71.1.2.7", "display": "Médecin"},
                 "organisation": "CHU-URGENCES"}"""));
        assertThat(emergencyRead.get("action").get("label").asText()).isEqualTo("read 2 documents");
        assertThat(emergencyRead.get("transaction").asText()).isEqualTo("ITI-43");
        assertThat(page.get("entries").get(0).get("action").get("label").asText())
                .isEqualTo("tried to add a document");
        assertThat(page.get("entries").get(3).get("action").get("label").asText())
                .isEqualTo("consulted the list of documents");
        assertThat(page.get("entries").get(4).get("action").get("label").asText()).isEqualTo("added 2 documents");
    }

    @Test
    void theMedecinTraitantSeesEveryTraceAndThePatientSeesThatTheyLooked() throws Exception {
        JsonNode seen = at("18:00").read("martin", PATIENT, "");

        assertThat(seen.get("traces").asText()).isEqualTo("ALL");
        assertThat(lines(seen)).containsExactlyElementsOf(day);

        List<Line> expected = new ArrayList<>(List.of(historyRead("18:00", DR_MARTIN, Outcome.SUCCESS)));
        expected.addAll(day);
        assertThat(lines(at("18:30").read("patient", PATIENT, ""))).containsExactlyElementsOf(expected);
    }

    @Test
    void anotherProfessionalSeesOnlyTheirOwnTracesOnThatRecord() throws Exception {
        JsonNode leroy = at("18:00").read("leroy", PATIENT, "");
        assertThat(leroy.get("traces").asText()).isEqualTo("OWN");
        assertThat(leroy.get("total").asLong()).isEqualTo(2);
        assertThat(lines(leroy)).containsExactly(day.get(2), day.get(3));

        assertThat(lines(at("18:05").read("petit", PATIENT, ""))).containsExactly(day.get(4));
        // the biologist's push for another patient is on that patient's record, not on this one
        assertThat(lines(at("18:10").read("bernard", PATIENT, ""))).containsExactly(day.get(0), day.get(7));
        // being médecin traitant of one record gives nothing on another
        JsonNode martinOnOther = at("18:15").read("martin", OTHER_PATIENT, "");
        assertThat(martinOnOther.get("traces").asText()).isEqualTo("OWN");
        assertThat(martinOnOther.get("total").asLong()).isZero();

        assertThat(lines(at("18:30").read("patient", PATIENT, "size=4"))).containsExactly(
                historyRead("18:10", DR_BERNARD, Outcome.SUCCESS), historyRead("18:05", NURSE_PETIT, Outcome.SUCCESS),
                historyRead("18:00", DR_LEROY, Outcome.SUCCESS), day.get(0));
    }

    @Test
    void eachPatientsHistoryHoldsOnlyTheirRecord() throws Exception {
        JsonNode other = at("18:00").read("other-patient", OTHER_PATIENT, "");

        assertThat(lines(other)).containsExactly(line("09:30", DR_BERNARD, "DOCUMENT_ADDED",
                List.of(otherPatientsReport), Outcome.SUCCESS), line("08:00", ANOTHER_PATIENT, "DOSSIER_OPENED",
                List.of(), Outcome.SUCCESS));
    }

    /**
     * Pages newest first at exact boundaries. Reading is itself traced, as the newest entry: each read moves the
     * older entries one place on, so an entry may show twice across pages and none is missed (see AuditStore).
     */
    @Test
    void pagesFollowTheNewestFirstOrderAndReadingMovesThemOnByOne() throws Exception {
        JsonNode first = at("18:00").read("patient", PATIENT, "page=0&size=3");
        assertThat(lines(first)).containsExactlyElementsOf(day.subList(0, 3));
        assertThat(first.get("total").asLong()).isEqualTo(10);

        JsonNode second = at("18:01").read("patient", PATIENT, "page=1&size=3");
        assertThat(lines(second)).containsExactlyElementsOf(day.subList(2, 5));
        assertThat(second.get("total").asLong()).isEqualTo(11);

        JsonNode third = at("18:02").read("patient", PATIENT, "page=2&size=3");
        assertThat(lines(third)).containsExactlyElementsOf(day.subList(4, 7));

        JsonNode fourth = at("18:03").read("patient", PATIENT, "page=3&size=3");
        assertThat(lines(fourth)).containsExactlyElementsOf(day.subList(6, 9));

        JsonNode last = at("18:04").read("patient", PATIENT, "page=4&size=3");
        assertThat(lines(last)).containsExactlyElementsOf(day.subList(8, 10));
        assertThat(lines(at("18:05").read("patient", PATIENT, "page=5&size=3"))).isEmpty();
    }

    @Test
    void aReaderWhoMayNotReadIsRefusedAndThePatientSeesTheAttempt() throws Exception {
        HttpResponse<String> refused = node.at("18:00").accessLog("other-patient", PATIENT, "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("refused by trace visibility rule "
                + "OTHER_PATIENTS_HISTORY (§5: a patient sees the history of their own dossier only [inferred])");

        assertThat(node.at("18:10").accessLog("martin-for-another-record", PATIENT, "").statusCode()).isEqualTo(403);

        JsonNode seen = at("18:30").read("patient", PATIENT, "size=2");
        assertThat(lines(seen)).containsExactly(historyRead("18:10", DR_MARTIN, Outcome.FAILURE),
                historyRead("18:00", ANOTHER_PATIENT, Outcome.FAILURE));
        assertThat(seen.get("entries").get(1).get("action").get("label").asText())
                .isEqualTo("tried to consult the access history");
        assertThat(seen.get("entries").get(1).get("who").get("kind").asText()).isEqualTo("PATIENT");
    }

    @Test
    void malformedPagingAndUnknownDossiersAreAnsweredPlainly() throws Exception {
        for (String query : List.of("page=-1", "page=x", "size=0", "size=201", "size=")) {
            HttpResponse<String> response = node.accessLog("patient", PATIENT, query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
        }
        assertThat(node.accessLog("patient", "248039263001064", "").statusCode()).isEqualTo(400);
        String noDossier = "299999999999999^^^&1.2.250.1.213.1.4.10&ISO";
        assertThat(node.accessLog("martin", noDossier, "").statusCode()).isEqualTo(404);
        assertThat(read("patient", PATIENT, "size=200").get("size").asInt()).isEqualTo(200);
    }
}
