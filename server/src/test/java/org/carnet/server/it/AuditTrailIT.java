package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.carnet.audit.testing.AuditView;
import org.carnet.audit.testing.SyslogRecord;
import org.carnet.audit.testing.TestPki;
import org.carnet.audit.testing.TlsFixture;
import org.carnet.audit.testing.TlsSyslogCollector;
import org.carnet.server.NodeFactory;
import org.carnet.server.RunningNode;
import org.carnet.server.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's ATNA audit trail end to end: a node configured with a syslog-over-TLS audit repository (a collector
 * on loopback, certificates made at test time) reports its start, each SOAP transaction with the caller's
 * address, and its stop; started again with another setting, it reports the configuration change.
 */
class AuditTrailIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private RunningNode start(TlsFixture tls, int port, String maxResults) throws Exception {
        return NodeFactory.start(new Settings()
                .override("server.host", "127.0.0.1")
                .override("server.port", "0")
                .override("data.dir", data.toString())
                .override("query.maxResults", maxResults)
                .override("audit.repositories", "tls://127.0.0.1:" + port)
                .override("audit.tls.keyStore", tls.keyStore.toString())
                .override("audit.tls.keyStorePassword", new String(TestPki.PASSWORD))
                .override("audit.tls.trustStore", tls.trustStore.toString())
                .override("audit.tls.trustStorePassword", new String(TestPki.PASSWORD))
                .override("audit.sourceId", "carnet-it")
                .build());
    }

    private static List<AuditView> views(List<byte[]> received) {
        return received.stream().map(SyslogRecord::parse).map(r -> AuditView.of(r.xml())).toList();
    }

    @Test
    void start_transactions_stop_and_a_configuration_change_reach_the_audit_repository() throws Exception {
        TlsFixture tls = new TlsFixture(Files.createDirectories(data.resolve("pki")));
        try (TlsSyslogCollector collector = tls.newCollector().start()) {
            RunningNode node = start(tls, collector.port(), "50");
            String registry = node.registryUrl();
            String query = Files.readString(Path.of("").toAbsolutePath().getParent()
                    .resolve("examples").resolve("iti-18-find-documents.xml"));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(registry))
                            .header("Content-Type", "application/soap+xml; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            node.close();

            List<AuditView> first = views(collector.await(3, WAIT));
            assertThat(first).extracting(AuditView::eventId).containsExactly("110100|DCM|Application Activity",
                    "110112|DCM|Query", "110100|DCM|Application Activity");
            assertThat(first.get(0).typeCodes()).containsExactly("110120|DCM|Application Start");
            assertThat(first.get(0).auditSourceId()).isEqualTo("carnet-it");
            AuditView queried = first.get(1);
            assertThat(queried.typeCodes()).containsExactly("ITI-18|IHE Transactions|Registry Stored Query");
            assertThat(queried.participants()).extracting(AuditView.Participant::userId, AuditView.Participant::userName,
                    AuditView.Participant::accessPoint).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("http://www.w3.org/2005/08/addressing/anonymous",
                            "unauthenticated", "127.0.0.1"),
                    org.assertj.core.groups.Tuple.tuple(registry, null, queried.participants().get(1)
                            .accessPoint()));
            assertThat(queried.objects()).extracting(AuditView.ObjectView::id)
                    .containsExactly("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d");
            assertThat(first.get(2).typeCodes()).containsExactly("110121|DCM|Application Stop");

            RunningNode again = start(tls, collector.port(), "60");
            again.close();
            List<AuditView> all = views(collector.await(6, WAIT));
            assertThat(all).hasSize(6);
            assertThat(all.get(3).typeCodes()).containsExactly("110120|DCM|Application Start");
            assertThat(all.get(4).eventId()).isEqualTo("110113|DCM|Security Alert");
            assertThat(all.get(4).typeCodes()).containsExactly("110131|DCM|Software Configuration");
            assertThat(all.get(4).objects()).extracting(AuditView.ObjectView::id).containsExactly("maxQueryResults");
            assertThat(all.get(5).typeCodes()).containsExactly("110121|DCM|Application Stop");
            assertThat(collector.errors()).isEmpty();
        }
    }
}
