package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carnet.audit.testing.TestPki;
import org.carnet.audit.testing.TlsFixture;
import org.carnet.common.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node as an ATNA audit record repository (issue 6, {@code audit.listen.*}): another node's audit trail points
 * at it over syslog TLS (mutual, certificates made at test time) and UDP, and every message it sent lands in the
 * repository's {@code received_audit_message} table, the same bytes over both transports.
 */
class AuditRepositoryIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = new String(TestPki.PASSWORD);

    @TempDir
    Path dir;

    /** A port free a moment ago: {@code audit.listen.*Port} 0 means off, so the test must name one. */
    private static int freeTcpPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    private record Row(String transport, String certificate, String hostName, String appName, String msgId,
                       String eventId, String outcome, byte[] message) {
    }

    private static List<Row> rows(String dbUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl, "sa", "");
             PreparedStatement s = c.prepareStatement("SELECT transport, sender_certificate, syslog_hostname,"
                     + " syslog_app_name, syslog_msg_id, event_id, event_outcome, message"
                     + " FROM received_audit_message ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8)));
            }
            return rows;
        }
    }

    @Test
    void another_nodes_audit_trail_lands_in_the_repository_table() throws Exception {
        TlsFixture tls = new TlsFixture(Files.createDirectories(dir.resolve("pki")));
        Path repositoryKeys = tls.pki.keyStore(tls.collector, dir.resolve("pki/repository-keys.p12"));
        int tlsPort = freeTcpPort();
        int udpPort = freeUdpPort();
        String dbUrl = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

        try (TestNode repository = new TestNode(Files.createDirectories(dir.resolve("repository")),
                "db.url=" + dbUrl,
                "audit.listen.host=127.0.0.1",
                "audit.listen.tlsPort=" + tlsPort, "audit.listen.udpPort=" + udpPort,
                "audit.listen.keyStore=" + repositoryKeys, "audit.listen.keyStorePassword=" + PASSWORD,
                "audit.listen.trustStore=" + tls.trustStore, "audit.listen.trustStorePassword=" + PASSWORD)) {
            try (TestNode sender = new TestNode(Files.createDirectories(dir.resolve("sender")),
                    "audit.repositories=tls://127.0.0.1:" + tlsPort + ",udp://127.0.0.1:" + udpPort,
                    "audit.tls.keyStore=" + tls.keyStore, "audit.tls.keyStorePassword=" + PASSWORD,
                    "audit.tls.trustStore=" + tls.trustStore, "audit.tls.trustStorePassword=" + PASSWORD,
                    "audit.sourceId=sender-node")) {
                assertThat(sender.openDossier(SampleData.PATIENT)).isEqualTo(201);
            }
            // the sender's start, its dossier opening and its stop, over each transport
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (rows(dbUrl).size() < 6 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200); // anything more would show now
            List<Row> rows = rows(dbUrl);

            assertThat(rows).hasSize(6);
            List<Row> overTls = rows.stream().filter(r -> r.transport().equals("TLS")).toList();
            List<Row> overUdp = rows.stream().filter(r -> r.transport().equals("UDP")).toList();
            assertThat(overTls).extracting(Row::eventId, Row::outcome, Row::certificate).containsExactly(
                    tuple("110100", "0", "CN=carnet-node"), tuple("110110", "0", "CN=carnet-node"),
                    tuple("110100", "0", "CN=carnet-node"));
            assertThat(overUdp).extracting(Row::eventId, Row::outcome, Row::certificate).containsExactly(
                    tuple("110100", "0", null), tuple("110110", "0", null), tuple("110100", "0", null));
            assertThat(rows).extracting(Row::appName, Row::msgId).containsOnly(tuple("carnet", "IHE+RFC-3881"));
            for (int i = 0; i < 3; i++) {
                assertThat(overTls.get(i).message()).as("message %d, the same spooled bytes both ways", i)
                        .isEqualTo(overUdp.get(i).message());
                assertThat(new String(overTls.get(i).message(), 3, overTls.get(i).message().length - 3,
                        java.nio.charset.StandardCharsets.UTF_8)).contains("AuditSourceID=\"sender-node\"");
            }
        }
    }
}
