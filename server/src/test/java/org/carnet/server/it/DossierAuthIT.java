package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.server.it.ApiClient.dossier;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.carnet.server.it.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier API with real JWTs, signed at test time by identity providers whose keys are generated here: a
 * patient identity provider (RS256, PEM key) and a professional one (ES256, JWK set). No anonymous actor: a
 * request without a token is a 401. Patients act on their own dossier (dmp-reference 4), professionals declare
 * themselves (TD0.3), only the patient blocks (§3 TD1.6), and every refusal names its rule.
 */
class DossierAuthIT {
    static final String AUDIENCE = "carnet-it";
    static final String LAURENCE = "207058575627097^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String LAURENCE_KEY = "207058575627097^^^&1.2.250.1.213.1.4.10&ISO";
    static final String DOMINIQUE = "153078987658513^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String MAX_LIBRE = "899900063480";
    static final String NURSE = "899900070001";

    @TempDir
    static Path folder;
    static TestIdentityProvider patients;
    static TestIdentityProvider professionals;
    static TestNode node;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        patients = TestIdentityProvider.rsa("https://patients.example.test", folder);
        professionals = TestIdentityProvider.ec("https://pro.example.test", folder);
        node = new TestNode(folder.resolve("data"),
                "security.anonymousActor=",
                "api.patientTokens.issuer=" + patients.issuer(),
                "api.patientTokens.key=" + patients.keyFile(),
                "api.professionalTokens.issuer=" + professionals.issuer(),
                "api.professionalTokens.key=" + professionals.keyFile(),
                "api.tokens.audience=" + AUDIENCE);
        api = new ApiClient(node.baseUrl());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String patientToken(String ins) throws Exception {
        return patients.token(AUDIENCE, Map.of("ins", ins, "name", "PATIENT OF THE TEST"));
    }

    static String doctorToken() throws Exception {
        return professionals.token(AUDIENCE, Map.of("national_id", MAX_LIBRE, "profession_code", "10",
                "speciality_code", "SM26", "structure_id", "499900063480001", "name", "MAX LIBRE"));
    }

    static String nurseToken() throws Exception {
        return professionals.token(AUDIENCE, Map.of("national_id", NURSE, "profession_code", "60",
                "name", "PAUL INFIRMIER"));
    }

    static String professional(String patient, String id, String standing) {
        return dossier(patient, "/professionals/" + id + "/" + standing);
    }

    @Test
    void thePatientOpensReadsClosesAndReopensTheirOwnDossier() throws Exception {
        String patient = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH";
        String token = patientToken(patient);

        Answer opened = api.send("POST", "/api/dossiers", token, null);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.text("patientId")).isEqualTo("248039263001064^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(opened.json().path("consentHistory").get(0).path("recordedByKind").asText()).isEqualTo("PATIENT");
        assertThat(opened.json().path("consentHistory").get(0).path("recordedByName").asText())
                .isEqualTo("PATIENT OF THE TEST");

        Answer oppositions = api.send("PUT", dossier(patient, "/oppositions"), token,
                "{\"brisDeGlace\":true,\"centre15\":false,\"emergencyMaySeeMasked\":true}");
        assertThat(oppositions.status()).isEqualTo(200);
        assertThat(oppositions.json().path("oppositions").toString())
                .isEqualTo("{\"brisDeGlace\":true,\"centre15\":false,\"emergencyMaySeeMasked\":true}");

        Answer read = api.send("GET", dossier(patient, ""), token, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("status")).isEqualTo("OPEN");
        assertThat(read.json().path("oppositions").path("brisDeGlace").asBoolean()).isTrue();

        Answer closed = api.send("POST", dossier(patient, "/close"), token, null);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("closedReason")).isEqualTo("FERMETURE_DEMANDE_PATIENT");
        assertThat(closed.text("purgeableFrom")).isNotNull();

        Answer reopened = api.send("POST", dossier(patient, "/reopen"), token, null);
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().path("consentHistory").findValuesAsText("event"))
                .containsExactly("OPENED", "CLOSED", "REOPENED");
        assertThat(reopened.json().path("consentHistory").findValuesAsText("recordedBy"))
                .containsOnly("248039263001064^^^&1.2.250.1.213.1.4.10&ISO");

        Answer notifications = api.send("GET", dossier(patient, "/notifications"), token, null);
        assertThat(notifications.status()).isEqualTo(200);
        assertThat(notifications.json().toString()).isEqualTo("{\"page\":0,\"size\":50,\"items\":[]}");
    }

    @Test
    void aProfessionalDeclaresThemselfAndThePatientBlocksThem() throws Exception {
        String patient = patientToken(LAURENCE);
        assertThat(api.send("POST", "/api/dossiers", patient, null).status()).isEqualTo(201);

        Answer declared = api.send("PUT", professional(LAURENCE, MAX_LIBRE, "authorisation"), doctorToken(), null);
        assertThat(declared.status()).isEqualTo(200);
        assertThat(declared.text("mode")).isEqualTo("ACTIVE");
        assertThat(declared.text("name")).isEqualTo("MAX LIBRE");
        assertThat(declared.text("specialityCode")).isEqualTo("SM26");
        assertThat(declared.text("authorisedBy")).isEqualTo(MAX_LIBRE);
        assertThat(declared.text("authorisedByKind")).isEqualTo("PROFESSIONAL");

        Answer test = api.send("GET", dossier(LAURENCE, ""), doctorToken(), null);
        assertThat(test.json().toString()).isEqualTo("{\"patientId\":\"" + LAURENCE_KEY + "\",\"status\":\"OPEN\","
                + "\"closedAt\":null,\"closedReason\":null,\"authorisation\":\"VALIDE\",\"medecinTraitant\":false}");

        Answer blocked = api.send("PUT", professional(LAURENCE, MAX_LIBRE, "block"), patient, null);
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.text("mode")).isEqualTo("BLOCKED");
        assertThat(blocked.json().path("authorised").asBoolean()).as("the authorisation stays, refused anyway")
                .isTrue();

        assertThat(api.send("GET", dossier(LAURENCE, ""), doctorToken(), null).text("authorisation"))
                .isEqualTo("INTERDIT");
        Answer again = api.send("PUT", professional(LAURENCE, MAX_LIBRE, "authorisation"), doctorToken(), null);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.text("rule")).isEqualTo("BLOCKED_BY_PATIENT");
        assertThat(api.send("GET", "/api/professionals/" + MAX_LIBRE + "/dossiers", doctorToken(), null).json())
                .as("TD0.4 leaves out a dossier the professional is blocked on").isEmpty();

        assertThat(api.send("GET", dossier(LAURENCE, "/professionals?mode=blocked"), patient, null).json()
                .findValuesAsText("professionalId")).containsExactly(MAX_LIBRE);
        assertThat(api.send("GET", dossier(LAURENCE, "/professionals?mode=active"), patient, null).json()).isEmpty();

        assertThat(api.send("DELETE", professional(LAURENCE, MAX_LIBRE, "block"), patient, null).status())
                .isEqualTo(204);
        assertThat(api.send("DELETE", professional(LAURENCE, MAX_LIBRE, "block"), patient, null).status())
                .as("not blocked any more").isEqualTo(404);
        assertThat(api.send("GET", dossier(LAURENCE, ""), doctorToken(), null).text("authorisation"))
                .isEqualTo("VALIDE");
    }

    @Test
    void aMedecinDeclaresThemselfMedecinTraitantAndOnlyTheyStop() throws Exception {
        String patient = patientToken(DOMINIQUE);
        api.send("POST", "/api/dossiers", patient, null);

        assertThat(api.send("PUT", professional(DOMINIQUE, MAX_LIBRE, "medecin-traitant"), doctorToken(), null)
                .text("medecinTraitant")).isEqualTo("true");
        Answer nurseAsMt = api.send("PUT", professional(DOMINIQUE, NURSE, "medecin-traitant"), nurseToken(), null);
        assertThat(nurseAsMt.text("rule")).isEqualTo("MEDECIN_TRAITANT_IS_A_MEDECIN");

        Answer dossiers = api.send("GET", "/api/professionals/" + MAX_LIBRE + "/dossiers", doctorToken(), null);
        assertThat(dossiers.status()).isEqualTo(200);
        assertThat(dossiers.json().findValuesAsText("patientId"))
                .containsExactly("153078987658513^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(dossiers.json().get(0).path("medecinTraitant").asBoolean()).isTrue();
        Answer list = api.send("GET", dossier(DOMINIQUE, "/professionals"), doctorToken(), null);
        assertThat(list.status()).as("a médecin traitant lists the professionals").isEqualTo(200);

        Answer patientStops = api.send("DELETE", professional(DOMINIQUE, MAX_LIBRE, "medecin-traitant"), patient,
                null);
        assertThat(patientStops.status()).isEqualTo(403);
        assertThat(patientStops.text("rule")).isEqualTo("ONLY_MEDECIN_TRAITANT_STOPS");
        assertThat(api.send("DELETE", professional(DOMINIQUE, MAX_LIBRE, "medecin-traitant"), doctorToken(), null)
                .status()).isEqualTo(204);
        assertThat(api.send("DELETE", professional(DOMINIQUE, MAX_LIBRE, "medecin-traitant"), doctorToken(), null)
                .text("rule")).isEqualTo("ONLY_MEDECIN_TRAITANT_STOPS");
    }

    @Test
    void refusalsNameTheirRule() throws Exception {
        String patient = "100000000000001^^^&1.2.250.1.213.1.4.10&ISO^NH";
        api.send("POST", "/api/dossiers", patientToken(patient), null);

        Answer professionalBlocks = api.send("PUT", professional(patient, NURSE, "block"), doctorToken(), null);
        assertThat(professionalBlocks.status()).isEqualTo(403);
        assertThat(professionalBlocks.text("rule")).isEqualTo("ONLY_PATIENT_BLOCKS");

        Answer declaresAnother = api.send("PUT", professional(patient, NURSE, "authorisation"), doctorToken(), null);
        assertThat(declaresAnother.text("rule")).isEqualTo("PROFESSIONAL_DECLARES_ONLY_THEMSELF");

        String otherPatient = patientToken(DOMINIQUE);
        for (Answer refused : List.of(
                api.send("GET", dossier(patient, ""), otherPatient, null),
                api.send("POST", dossier(patient, "/close"), otherPatient, null),
                api.send("PUT", professional(patient, MAX_LIBRE, "block"), otherPatient, null),
                api.send("GET", dossier("999999999999999^^^&1.2.250.1.213.1.4.10&ISO", ""), otherPatient, null))) {
            assertThat(refused.status()).as("no access, and no way to tell whether a dossier exists").isEqualTo(403);
            assertThat(refused.text("rule")).isEqualTo("PATIENT_SIDE_ONLY_OWN_DOSSIER");
        }

        Answer notYours = api.send("GET", "/api/professionals/" + NURSE + "/dossiers", doctorToken(), null);
        assertThat(notYours.text("rule")).isEqualTo("PROFESSIONAL_LISTS_ONLY_OWN_DOSSIERS");
        Answer notifications = api.send("GET", dossier(patient, "/notifications"), doctorToken(), null);
        assertThat(notifications.text("rule")).isEqualTo("NOTIFICATIONS_ARE_THE_PATIENTS");
    }

    @Test
    void invalidTokensAreRefusedWithTheReason() throws Exception {
        String path = dossier(LAURENCE, "");
        Instant now = Instant.now();

        assertUnauthorised(api.send("GET", path, null, null),
                "authentication required: send Authorization: Bearer <token>");
        assertUnauthorised(api.send("GET", path, patients.token(AUDIENCE, Map.of("ins", LAURENCE),
                now.minusSeconds(3600), now.minusSeconds(600)), null), "token expired at ");
        TestIdentityProvider stranger = TestIdentityProvider.rsa(patients.issuer(), folder);
        assertUnauthorised(api.send("GET", path, stranger.token(AUDIENCE, Map.of("ins", LAURENCE)), null),
                "token signature is not valid for any trusted key of its issuer");
        assertUnauthorised(api.send("GET", path, patients.token("another-node", Map.of("ins", LAURENCE)), null),
                "token audience (aud) does not name this node");
        assertUnauthorised(api.send("GET", path, patients.token("https://elsewhere.test", AUDIENCE,
                Map.of("ins", LAURENCE), now, now.plusSeconds(60)), null),
                "token issuer (iss) is not trusted by this node");
        assertUnauthorised(api.send("GET", path, patients.token(AUDIENCE, Map.of("name", "NO INS")), null),
                "token has no ins claim");
        assertUnauthorised(api.send("GET", path, "not.a.token", null), "token is not a signed JWT");
        // a patient token's key cannot vouch for a professional: the issuer chooses the key
        assertUnauthorised(api.send("GET", path, patients.token(professionals.issuer(), AUDIENCE,
                Map.of("national_id", MAX_LIBRE, "profession_code", "10"), now, now.plusSeconds(60)), null),
                "token signature is not valid for any trusted key of its issuer");
    }

    private static void assertUnauthorised(Answer answer, String reason) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.text("error")).startsWith(reason);
        assertThat(answer.response().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
    }
}
