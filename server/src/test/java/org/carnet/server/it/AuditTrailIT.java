package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.ws.WebServiceException;

import org.carnet.audit.testing.AuditView;
import org.carnet.audit.testing.AuditView.Participant;
import org.carnet.audit.testing.SyslogRecord;
import org.carnet.audit.testing.TestPki;
import org.carnet.audit.testing.TlsFixture;
import org.carnet.audit.testing.TlsSyslogCollector;
import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's ATNA audit trail end to end: a node configured with a syslog-over-TLS audit repository (a collector
 * on loopback, certificates made at test time) reports its start, a request refused for want of a VIHF, an
 * emergency query by a professional, and its stop; started again with other settings, it reports the
 * configuration change, and a dossier opening refused by a DMP rule (with its Security Alert) then allowed.
 */
class AuditTrailIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** {@link SampleData#PATIENT} as the node names patients: {@code id^^^&authority&ISO}. */
    private static final String PATIENT_KEY = org.carnet.common.metadata.Cx.parse(SampleData.PATIENT).key();
    private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";

    @TempDir
    Path data;

    private TestNode start(TlsFixture tls, int port, String maxResults, String... more) throws Exception {
        List<String> settings = new ArrayList<>(List.of(Vihfs.trustingNode(data)));
        settings.addAll(List.of(more));
        settings.addAll(List.of("query.maxResults=" + maxResults,
                "audit.repositories=tls://127.0.0.1:" + port,
                "audit.tls.keyStore=" + tls.keyStore, "audit.tls.keyStorePassword=" + new String(TestPki.PASSWORD),
                "audit.tls.trustStore=" + tls.trustStore,
                "audit.tls.trustStorePassword=" + new String(TestPki.PASSWORD),
                "audit.sourceId=carnet-it",
                // the stop message must reach the collector before the node is started again, even on a loaded
                // machine where fsync or the CPU is slow: the drain ends as soon as everything is sent
                "audit.stopGraceSeconds=60"));
        return new TestNode(data, settings.toArray(String[]::new));
    }

    private static List<AuditView> views(List<byte[]> received) {
        return received.stream().map(SyslogRecord::parse).map(r -> AuditView.of(r.xml())).toList();
    }

    @Test
    void start_transactions_stop_and_a_configuration_change_reach_the_audit_repository() throws Exception {
        TlsFixture tls = new TlsFixture(Files.createDirectories(data.resolve("pki")));
        try (TlsSyslogCollector collector = tls.newCollector().start()) {
            String registry;
            try (TestNode node = start(tls, collector.port(), "50")) {
                registry = node.registryUrl();
                XdsClient client = new XdsClient(node, false);
                assertThatThrownBy(() -> client.findDocuments(SampleData.PATIENT))
                        .isInstanceOf(WebServiceException.class);
                assertThat(client.as(Vihfs.ISSUER.assertion(Vihfs.EMERGENCY, SampleData.PATIENT,
                        AccessMode.BRIS_DE_GLACE)).findDocuments(SampleData.PATIENT).getStatus())
                        .endsWith(":Success");
            }

            List<AuditView> first = views(collector.await(5, WAIT));
            assertThat(first).extracting(AuditView::eventId).containsExactly("110100|DCM|Application Activity",
                    "110112|DCM|Query", "110114|DCM|User Authentication", "110112|DCM|Query",
                    "110100|DCM|Application Activity");
            assertThat(first.get(0).typeCodes()).containsExactly("110120|DCM|Application Start");
            assertThat(first.get(0).auditSourceId()).isEqualTo("carnet-it");

            AuditView refused = first.get(1);
            assertThat(refused.outcome()).isEqualTo("4");
            assertThat(refused.outcomeDescription()).isEqualTo("InvalidSecurity");
            assertThat(first.get(2).typeCodes()).containsExactly("110122|DCM|Login");

            AuditView emergency = first.get(3);
            assertThat(emergency.outcome()).isEqualTo("0");
            assertThat(emergency.typeCodes()).containsExactly("ITI-18|IHE Transactions|Registry Stored Query",
                    "110127|DCM|Emergency Override Started");
            assertThat(emergency.purposesOfUse())
                    .containsExactly("bris_de_glace|1.2.250.1.213.1.1.4.248|bris_de_glace");
            assertThat(emergency.participants()).extracting(Participant::userId, Participant::requestor,
                    Participant::accessPoint).containsExactly(
                    tuple("http://www.w3.org/2005/08/addressing/anonymous", true, "127.0.0.1"),
                    tuple(registry, false, emergency.participants().get(1).accessPoint()),
                    tuple(Vihfs.EMERGENCY.nationalId(), true, null));
            assertThat(emergency.participants().get(2).userName()).isEqualTo("EVA URGENTISTE");
            assertThat(emergency.participants().get(2).roles()).isNotEmpty();
            assertThat(emergency.objects()).extracting(AuditView.ObjectView::id).contains(FIND_DOCUMENTS);
            assertThat(first.get(4).typeCodes()).containsExactly("110121|DCM|Application Stop");

            // started again with other settings, the node lets a system act on the dossier API
            try (TestNode again = start(tls, collector.port(), "60", "security.anonymousActor=it-system")) {
                HttpResponse<String> noConsent = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(again.baseUrl() + "/api/dossiers"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"patientId\":\"" + SampleData.PATIENT + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(noConsent.statusCode()).as("no consent stated").isEqualTo(403);
                assertThat(again.openDossier(SampleData.PATIENT)).isEqualTo(201);
            }
            List<AuditView> all = views(collector.await(11, WAIT));
            assertThat(all).extracting(AuditView::eventId).containsExactly(
                    "110100|DCM|Application Activity", "110112|DCM|Query", "110114|DCM|User Authentication",
                    "110112|DCM|Query", "110100|DCM|Application Activity",
                    "110100|DCM|Application Activity", "110113|DCM|Security Alert", "110110|DCM|Patient Record",
                    "110113|DCM|Security Alert", "110110|DCM|Patient Record", "110100|DCM|Application Activity");
            assertThat(all.get(6).typeCodes()).containsExactly("110131|DCM|Software Configuration",
                    "110129|DCM|Security Configuration");
            assertThat(all.get(6).objects()).extracting(AuditView.ObjectView::id)
                    .containsExactly("maxQueryResults", "security.anonymousActor");

            AuditView refusedOpening = all.get(7);
            assertThat(refusedOpening.typeCodes()).containsExactly("OPEN|Carnet DMP operations|OPEN");
            assertThat(refusedOpening.action()).isEqualTo("C");
            assertThat(refusedOpening.outcome()).isEqualTo("4");
            assertThat(refusedOpening.outcomeDescription()).isEqualTo("OPENING_NEEDS_PATIENT_CONSENT");
            assertThat(all.get(8).typeCodes()).containsExactly("110132|DCM|Use of Restricted Function");
            assertThat(all.get(8).objects().get(0).details().get("Alert Description"))
                    .isEqualTo("DOSSIER refused: OPENING_NEEDS_PATIENT_CONSENT");
            AuditView opened = all.get(9);
            assertThat(opened.outcome()).isEqualTo("0");
            assertThat(opened.objects()).extracting(AuditView.ObjectView::id).containsExactly(PATIENT_KEY);
            assertThat(opened.participants().get(1).userId()).endsWith("/api/dossiers");
            assertThat(all.get(10).typeCodes()).containsExactly("110121|DCM|Application Stop");
            assertThat(collector.errors()).isEmpty();
        }
    }
}
