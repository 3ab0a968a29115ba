package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;
import static org.carnet.server.it.ApiClient.dossier;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.xml.ws.WebServiceException;

import com.fasterxml.jackson.databind.JsonNode;
import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.security.TestVihfIssuer.Professional;
import org.carnet.server.it.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access history through the real node, every caller authenticated as in production: professionals over SOAP
 * by their VIHF (one médecin traitant, one physician the rules refuse, one in bris de glace), patients and
 * professionals on the API by their JWT. Every transaction on the record, dossier operations included, is traced
 * by the node's own wiring, and {@code GET /api/dossiers/{patientId}/access-log} answers each reader as
 * dmp-reference 5 says, across a restart.
 */
class AccessLogIT {
    static final String AUDIENCE = "carnet-it";
    static final String PATIENT_KEY = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";
    static final String OTHER_PATIENT = SampleData.OTHER_PATIENT;

    @TempDir
    static Path folder;
    static TestIdentityProvider patients;
    static TestIdentityProvider professionals;
    static TestNode node;
    static ApiClient api;
    static DocumentEntry report;
    /** The record's history after the morning, newest first, as {@link #entries} reads it. */
    static List<List<Object>> morning;

    @BeforeAll
    static void aMorning() throws Exception {
        patients = TestIdentityProvider.rsa("https://patients.example.test", folder);
        professionals = TestIdentityProvider.ec("https://pro.example.test", folder);
        List<String> settings = new ArrayList<>(List.of(Vihfs.trusting(folder)));
        settings.addAll(List.of("security.anonymousActor=",
                "api.patientTokens.issuer=" + patients.issuer(), "api.patientTokens.key=" + patients.keyFile(),
                "api.professionalTokens.issuer=" + professionals.issuer(),
                "api.professionalTokens.key=" + professionals.keyFile(), "api.tokens.audience=" + AUDIENCE));
        node = new TestNode(folder.resolve("data"), settings.toArray(String[]::new));
        api = new ApiClient(node.baseUrl());

        assertThat(api.send("POST", "/api/dossiers", patientToken(SampleData.PATIENT), null).status()).isEqualTo(201);
        assertThat(api.send("PUT", dossier(SampleData.PATIENT, "/professionals/"
                + Vihfs.MEDECIN_TRAITANT.nationalId() + "/medecin-traitant"), token(Vihfs.MEDECIN_TRAITANT), null)
                .status()).isEqualTo(200);

        report = SampleData.documentEntry("Document01", SampleData.PATIENT).build();
        assertThat(soap(Vihfs.MEDECIN_TRAITANT, AccessMode.NORMAL).provide(SampleData.submission(SampleData.PATIENT,
                List.of(report)), Map.of("Document01", SampleData.content("report"))).getStatus())
                .isEqualTo(RESPONSE_SUCCESS);
        // not authorised on the dossier (dmp-reference 3): refused, and the patient sees the attempt
        assertThat(soap(Vihfs.PHYSICIAN, AccessMode.NORMAL).findDocuments(SampleData.PATIENT).getStatus())
                .isEqualTo(RESPONSE_FAILURE);
        assertThat(soap(Vihfs.EMERGENCY, AccessMode.BRIS_DE_GLACE).retrieve(XdsNodeIT.REPOSITORY_ID,
                report.uniqueId()).getDocumentResponse()).hasSize(1);
        // refused for its VIHF before any transaction ran: stored without a patient, so in nobody's history
        Instant now = Instant.now();
        String unsigned = Vihfs.ISSUER.assertion(Vihfs.PHYSICIAN, PATIENT_KEY, AccessMode.NORMAL,
                now.minusSeconds(60), now.plusSeconds(600), false);
        assertThatThrownBy(() -> new XdsClient(node, false).as(unsigned).findDocuments(SampleData.PATIENT))
                .isInstanceOf(WebServiceException.class);

        morning = List.of(
                List.of("ITI-43", Vihfs.EMERGENCY.nationalId(), "PROFESSIONAL", "DOCUMENT_READ",
                        List.of(report.uniqueId()), "bris_de_glace", true, "SUCCESS"),
                List.of("ITI-18", Vihfs.PHYSICIAN.nationalId(), "PROFESSIONAL", "ACCESS_REFUSED", List.of(), "normal",
                        false, "FAILURE"),
                List.of("ITI-41", Vihfs.MEDECIN_TRAITANT.nationalId(), "PROFESSIONAL", "DOCUMENT_ADDED",
                        List.of(report.uniqueId()), "normal", false, "SUCCESS"),
                List.of("DOSSIER", Vihfs.MEDECIN_TRAITANT.nationalId(), "PROFESSIONAL", "MEDECIN_TRAITANT_DECLARED",
                        List.of(), "normal", false, "SUCCESS"),
                List.of("DOSSIER", PATIENT_KEY, "PATIENT", "DOSSIER_OPENED", List.of(), "normal", false, "SUCCESS"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String patientToken(String ins) throws Exception {
        return patients.token(AUDIENCE, Map.of("ins", ins, "name", "MARIE DUPONT"));
    }

    /** The API token of a professional, with the identity their VIHF carries. */
    static String token(Professional who) throws Exception {
        return professionals.token(AUDIENCE, Map.of("national_id", who.nationalId(), "profession_code",
                who.profession(), "speciality_code", who.speciality(), "structure_id", who.structureId(),
                "name", who.name()));
    }

    static XdsClient soap(Professional who, AccessMode mode) {
        return new XdsClient(node, true).as(Vihfs.ISSUER.assertion(who, PATIENT_KEY, mode));
    }

    static JsonNode read(String token) throws Exception {
        Answer answer = api.send("GET", dossier(SampleData.PATIENT, "/access-log"), token, null);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    /** transaction, who (id, kind), action code, documents, access mode, emergency, outcome of each entry. */
    static List<List<Object>> entries(JsonNode page) {
        List<List<Object>> entries = new ArrayList<>();
        for (JsonNode e : page.get("entries")) {
            List<String> documents = new ArrayList<>();
            e.get("action").get("documents").forEach(d -> documents.add(d.asText()));
            entries.add(List.of(e.get("transaction").asText(), e.get("who").get("id").asText(),
                    e.get("who").get("kind").asText(), e.get("action").get("code").asText(), documents,
                    e.get("accessMode").asText(), e.get("emergency").asBoolean(), e.get("outcome").asText()));
        }
        return entries;
    }

    static List<Object> historyRead(String who, String kind) {
        return List.of("DOSSIER", who, kind, "ACCESS_HISTORY_READ", List.of(), "normal", false, "SUCCESS");
    }

    @Test
    void eachReaderSeesWhatTheRulesLetThemAndTheHistorySurvivesARestart() throws Exception {
        JsonNode seenByThePatient = read(patientToken(SampleData.PATIENT));
        assertThat(seenByThePatient.get("traces").asText()).isEqualTo("ALL");
        assertThat(entries(seenByThePatient)).isEqualTo(morning);
        assertThat(seenByThePatient.get("entries").get(0).get("who").get("name").asText())
                .isEqualTo(Vihfs.EMERGENCY.name());
        assertThat(seenByThePatient.get("entries").get(0).get("who").get("organisation").asText())
                .isEqualTo(Vihfs.EMERGENCY.structureId());

        List<List<Object>> sinceThePatientLooked = new ArrayList<>();
        sinceThePatientLooked.add(historyRead(PATIENT_KEY, "PATIENT"));
        sinceThePatientLooked.addAll(morning);
        JsonNode seenByTheMedecinTraitant = read(token(Vihfs.MEDECIN_TRAITANT));
        assertThat(seenByTheMedecinTraitant.get("traces").asText()).isEqualTo("ALL");
        assertThat(entries(seenByTheMedecinTraitant)).isEqualTo(sinceThePatientLooked);

        JsonNode seenByThePhysician = read(token(Vihfs.PHYSICIAN));
        assertThat(seenByThePhysician.get("traces").asText()).isEqualTo("OWN");
        assertThat(entries(seenByThePhysician)).isEqualTo(morning.subList(1, 2));

        node.restart();
        api = new ApiClient(node.baseUrl());

        JsonNode after = read(patientToken(SampleData.PATIENT));
        assertThat(after.get("total").asLong()).isEqualTo(8);
        assertThat(entries(after).subList(0, 3)).containsExactly(
                historyRead(Vihfs.PHYSICIAN.nationalId(), "PROFESSIONAL"),
                historyRead(Vihfs.MEDECIN_TRAITANT.nationalId(), "PROFESSIONAL"),
                historyRead(PATIENT_KEY, "PATIENT"));
        assertThat(entries(after).subList(3, 8)).isEqualTo(morning);
    }

    /** Both refusals leave this record's history as it was: they are traced elsewhere, or not at all (no caller). */
    @Test
    void anotherPatientsHistoryIsRefusedAndACallerWithoutTokenIsUnauthorised() throws Exception {
        Answer refused = api.send("GET", dossier(OTHER_PATIENT, "/access-log"), patientToken(SampleData.PATIENT),
                null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("error")).startsWith("refused by trace visibility rule OTHER_PATIENTS_HISTORY");

        Answer anonymous = api.send("GET", dossier(SampleData.PATIENT, "/access-log"), null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.response().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
}
