package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.metadata.Cx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, end to end: an emergency access (bris de glace) to a dossier's documents over SOAP, with a VIHF signed
 * at test time, is notified to the patient through the webhook the node is configured with
 * ({@code notify.webhook.*}), signed with its secret; accesses in normal mode are not.
 */
class PatientNotificationIT {
    static final String PATIENT = SampleData.PATIENT;
    static final String SECRET = "it-webhook-secret";

    @TempDir
    Path folder;
    HttpServer gateway;
    final List<Map.Entry<Map<String, String>, String>> calls = new CopyOnWriteArrayList<>();
    TestNode node;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms/notifications", this::receive);
        gateway.start();
        String[] trust = Vihfs.trusting(folder);
        node = new TestNode(folder.resolve("data"), trust[0], trust[1],
                "notify.webhook.url=http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms/notifications",
                "notify.webhook.secret=" + SECRET);
    }

    @AfterEach
    void stop() {
        node.close();
        gateway.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = Map.of(
                    "webhook-id", exchange.getRequestHeaders().getFirst("webhook-id"),
                    "webhook-timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    "webhook-signature", exchange.getRequestHeaders().getFirst("webhook-signature"));
            calls.add(Map.entry(headers, body));
            exchange.sendResponseHeaders(202, -1);
        }
    }

    @Test
    void anEmergencyFindDocumentsReachesTheWebhookAsASignedNotification() throws Exception {
        assertThat(node.openDossier(PATIENT)).isEqualTo(201);
        // the test system feeds a report and finds it: accesses in normal mode, nothing to tell the patient
        XdsClient system = new XdsClient(node, false);
        assertThat(system.provide(SampleData.submission(PATIENT, List.of(SampleData.documentEntry("Document01",
                PATIENT).build())), Map.of("Document01", SampleData.content("Report"))).getStatus())
                .endsWith("ResponseStatusType:Success");
        assertThat(system.findDocuments(PATIENT).getRegistryObjectList().getIdentifiable()).hasSize(1);
        long before = Instant.now().getEpochSecond();

        XdsClient emergency = new XdsClient(node, false).as(Vihfs.ISSUER.assertion(Vihfs.EMERGENCY, PATIENT,
                AccessMode.BRIS_DE_GLACE));
        assertThat(emergency.findDocuments(PATIENT).getRegistryObjectList().getIdentifiable()).hasSize(1);

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (calls.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(calls).hasSize(1);
        Map<String, String> headers = calls.get(0).getKey();
        String body = calls.get(0).getValue();
        JsonNode json = new ObjectMapper().readTree(body);
        assertThat(json.get("kind").asText()).isEqualTo("EMERGENCY_ACCESS");
        // the node's key of the patient: the INS and its assigning authority, without the identifier type code
        assertThat(json.get("patientId").asText()).isEqualTo(Cx.parse(PATIENT).key())
                .isEqualTo("248039263001064^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(json.get("actorId").asText()).isEqualTo(Vihfs.EMERGENCY.nationalId());
        assertThat(json.get("actorName").asText()).isEqualTo(Vihfs.EMERGENCY.name());
        assertThat(json.get("accessMode").asText()).isEqualTo("bris_de_glace");
        assertThat(json.get("detail").asText()).isEqualTo("searched the dossier in emergency mode");
        assertThat(Instant.parse(json.get("createdAt").asText()).getEpochSecond()).isBetween(before,
                Instant.now().getEpochSecond());
        assertThat(headers.get("webhook-id")).isEqualTo(json.get("id").asText());
        String signed = headers.get("webhook-id") + "." + headers.get("webhook-timestamp") + "." + body;
        assertThat(headers.get("webhook-signature")).isEqualTo("v1," + hmac(signed));
    }

    private static String hmac(String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
