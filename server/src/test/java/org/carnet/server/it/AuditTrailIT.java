package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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
 * emergency query by a professional, and its stop; started again with another setting, it reports the
 * configuration change.
 */
class AuditTrailIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";

    @TempDir
    Path data;

    private TestNode start(TlsFixture tls, int port, String maxResults) throws Exception {
        List<String> settings = new ArrayList<>(List.of(Vihfs.trustingNode(data)));
        settings.addAll(List.of("query.maxResults=" + maxResults,
                "audit.repositories=tls://127.0.0.1:" + port,
                "audit.tls.keyStore=" + tls.keyStore, "audit.tls.keyStorePassword=" + new String(TestPki.PASSWORD),
                "audit.tls.trustStore=" + tls.trustStore,
                "audit.tls.trustStorePassword=" + new String(TestPki.PASSWORD),
                "audit.sourceId=carnet-it"));
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

            try (TestNode again = start(tls, collector.port(), "60")) {
                assertThat(again.registryUrl()).isNotNull();
            }
            List<AuditView> all = views(collector.await(8, WAIT));
            assertThat(all).hasSize(8);
            assertThat(all.get(5).typeCodes()).containsExactly("110120|DCM|Application Start");
            assertThat(all.get(6).eventId()).isEqualTo("110113|DCM|Security Alert");
            assertThat(all.get(6).typeCodes()).containsExactly("110131|DCM|Software Configuration");
            assertThat(all.get(6).objects()).extracting(AuditView.ObjectView::id).containsExactly("maxQueryResults");
            assertThat(all.get(7).typeCodes()).containsExactly("110121|DCM|Application Stop");
            assertThat(collector.errors()).isEmpty();
        }
    }
}
