package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier API: open (201, then 200), read (200 / 404), refuse a malformed patient id (400). */
class DossierApiIT {
    static final String DMP_FORM = "1234567890123^^^&1.2.250.1.213.1.4.8&ISO^NH";
    static final String XDS_FORM = "1234567890123^^^&1.2.250.1.213.1.4.8&ISO";

    @TempDir
    static Path data;
    static TestNode node;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        node = new TestNode(data);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static HttpResponse<String> get(String patientId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/dossiers/"
                + URLEncoder.encode(patientId, StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/dossiers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void openingTwiceGivesCreatedThenOkAndBothFormsNameTheSameDossier() throws Exception {
        assertThat(get(DMP_FORM).statusCode()).isEqualTo(404);

        assertThat(node.openDossier(DMP_FORM)).isEqualTo(201);
        assertThat(node.openDossier(XDS_FORM)).isEqualTo(200);

        HttpResponse<String> read = get(XDS_FORM);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(read.body()).contains("\"patientId\":\"" + XDS_FORM + "\"").contains("\"status\":\"OPEN\"");
    }

    @Test
    void malformedPatientIdIsABadRequestThatSaysWhy() throws Exception {
        HttpResponse<String> response = post("{\"patientId\":\"1234567890123\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("assigning authority");
    }

    @Test
    void bodyThatIsNotJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = post("patientId=1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"error\":");
    }
}
