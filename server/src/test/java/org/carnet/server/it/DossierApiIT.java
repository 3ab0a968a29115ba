package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.server.it.ApiClient.dossier;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.carnet.server.it.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier API as the node's anonymous system actor ({@code security.anonymousActor=it-system}, an integration
 * engine) uses it: open with consent (201, then 200), read (200 / 404), close, reopen, and what it may not do; bad
 * input is a 400 that says why.
 */
class DossierApiIT {
    static final String DMP_FORM = "1234567890123^^^&1.2.250.1.213.1.4.8&ISO^NH";
    static final String XDS_FORM = "1234567890123^^^&1.2.250.1.213.1.4.8&ISO";

    @TempDir
    static Path data;
    static TestNode node;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        node = new TestNode(data);
        api = new ApiClient(node.baseUrl());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static Answer get(String patientId) throws Exception {
        return api.send("GET", dossier(patientId, ""), null, null);
    }

    static Answer post(String body) throws Exception {
        return api.send("POST", "/api/dossiers", null, body);
    }

    @Test
    void openingTwiceGivesCreatedThenOkAndBothFormsNameTheSameDossier() throws Exception {
        assertThat(get(DMP_FORM).status()).isEqualTo(404);

        assertThat(node.openDossier(DMP_FORM)).isEqualTo(201);
        assertThat(node.openDossier(XDS_FORM)).isEqualTo(200);

        Answer read = get(XDS_FORM);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.response().headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(read.text("patientId")).isEqualTo(XDS_FORM);
        assertThat(read.text("status")).isEqualTo("OPEN");
        assertThat(read.json().path("consentHistory")).hasSize(1);
        assertThat(read.json().path("consentHistory").get(0).path("event").asText()).isEqualTo("OPENED");
        assertThat(read.json().path("consentHistory").get(0).path("recordedBy").asText())
                .isEqualTo(TestNode.ANONYMOUS_ACTOR);
        assertThat(read.json().path("consentHistory").get(0).path("recordedByKind").asText()).isEqualTo("SYSTEM");
    }

    @Test
    void openingWithoutTheStatedConsentIsRefusedByItsRule() throws Exception {
        Answer refused = post("{\"patientId\":\"" + "5550000000001^^^&1.2.250.1.213.1.4.8&ISO" + "\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("rule")).isEqualTo("OPENING_NEEDS_PATIENT_CONSENT");
        assertThat(refused.text("error")).startsWith("refused by DMP rule OPENING_NEEDS_PATIENT_CONSENT (§4");
        assertThat(get("5550000000001^^^&1.2.250.1.213.1.4.8&ISO").status()).isEqualTo(404);
    }

    @Test
    void aSystemClosesWithAReasonAndReopensWithConsent() throws Exception {
        String patient = "5550000000002^^^&1.2.250.1.213.1.4.8&ISO";
        assertThat(node.openDossier(patient)).isEqualTo(201);

        Answer closed = api.send("POST", dossier(patient, "/close"), null, "{\"reason\":\"AUTRE\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("closedReason")).isEqualTo("AUTRE");
        Instant closedAt = Instant.parse(closed.text("closedAt"));
        assertThat(Instant.parse(closed.text("purgeableFrom")))
                .isEqualTo(closedAt.atOffset(ZoneOffset.UTC).plusYears(10).toInstant());

        assertThat(api.send("POST", dossier(patient, "/close"), null, null).status()).as("closed already")
                .isEqualTo(409);
        assertThat(node.openDossier(patient)).as("a closed dossier is reopened, not opened").isEqualTo(409);
        Answer withoutConsent = api.send("POST", dossier(patient, "/reopen"), null, null);
        assertThat(withoutConsent.status()).isEqualTo(403);
        assertThat(withoutConsent.text("rule")).isEqualTo("OPENING_NEEDS_PATIENT_CONSENT");

        Answer reopened = api.send("POST", dossier(patient, "/reopen"), null, "{\"consent\":true}");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.text("status")).isEqualTo("OPEN");
        assertThat(reopened.json().path("closedAt").isNull()).isTrue();
        assertThat(reopened.json().path("purgeableFrom").isNull()).isTrue();
        assertThat(reopened.json().path("consentHistory").findValuesAsText("event"))
                .containsExactly("OPENED", "CLOSED", "REOPENED");
        assertThat(api.send("POST", dossier(patient, "/reopen"), null, "{\"consent\":true}").status())
                .as("open already").isEqualTo(409);
    }

    @Test
    void aSystemRecordsNoPersonsChoice() throws Exception {
        String patient = "5550000000003^^^&1.2.250.1.213.1.4.8&ISO";
        node.openDossier(patient);

        Answer block = api.send("PUT", dossier(patient, "/professionals/810000000001/block"), null, null);
        Answer oppositions = api.send("PUT", dossier(patient, "/oppositions"), null,
                "{\"brisDeGlace\":true,\"centre15\":false,\"emergencyMaySeeMasked\":false}");
        Answer notifications = api.send("GET", dossier(patient, "/notifications"), null, null);

        assertThat(block.status()).isEqualTo(403);
        assertThat(block.text("rule")).isEqualTo("SYSTEM_RECORDS_NO_PERSONAL_CHOICE");
        assertThat(oppositions.text("rule")).isEqualTo("SYSTEM_RECORDS_NO_PERSONAL_CHOICE");
        assertThat(notifications.text("rule")).isEqualTo("SYSTEM_RECORDS_NO_PERSONAL_CHOICE");
        Answer professionals = api.send("GET", dossier(patient, "/professionals"), null, null);
        assertThat(professionals.status()).isEqualTo(200);
        assertThat(professionals.json()).isEmpty();
    }

    @Test
    void malformedPatientIdIsABadRequestThatSaysWhyWithoutQuotingIt() throws Exception {
        Answer response = post("{\"patientId\":\"1234567890123\",\"consent\":true}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("error"))
                .isEqualTo("patient id has no assigning authority (CX.4, as in id^^^&1.2.3&ISO)");
    }

    @Test
    void bodyThatIsNotJsonIsABadRequest() throws Exception {
        Answer response = post("patientId=1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("error")).isEqualTo("request body is not a valid OpenRequest JSON document");
    }

    @Test
    void badRoutesMethodsAndValuesAreClearErrors() throws Exception {
        String patient = "5550000000004^^^&1.2.250.1.213.1.4.8&ISO";
        node.openDossier(patient);

        Answer unknown = api.send("GET", dossier(patient, "/nothing"), null, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("error")).isEqualTo("no such resource");

        Answer wrongMethod = api.send("DELETE", dossier(patient, ""), null, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.response().headers().firstValue("Allow")).hasValue("GET");

        Answer badMode = api.send("GET", dossier(patient, "/professionals?mode=some"), null, null);
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.text("error")).isEqualTo("mode is all, active or blocked");

        Answer badReason = api.send("POST", dossier(patient, "/close"), null, "{\"reason\":\"because\"}");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.text("error")).isEqualTo("reason is a TD1.4 code such as FERMETURE_DEMANDE_PATIENT");

        Answer unknownField = api.send("POST", dossier(patient, "/reopen"), null, "{\"concent\":true}");
        assertThat(unknownField.status()).isEqualTo(400);

        Answer badProfessional = api.send("GET", "/api/professionals/a%20b/dossiers", null, null);
        assertThat(badProfessional.status()).isEqualTo(400);
        assertThat(badProfessional.text("error")).isEqualTo("a professional id is 1 to 128 letters, digits or . _ : -");
    }
}
