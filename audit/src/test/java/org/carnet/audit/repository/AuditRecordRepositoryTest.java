package org.carnet.audit.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.audit.testing.SampleEvents.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.cert.Certificate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.carnet.audit.AuditTrail;
import org.carnet.audit.AuditTrailSettings;
import org.carnet.audit.syslog.SyslogDestination;
import org.carnet.audit.testing.SyslogRecord;
import org.carnet.audit.testing.TestPki;
import org.carnet.audit.testing.TlsFixture;
import org.carnet.audit.testing.TlsSyslogCollector;
import org.carnet.common.transaction.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node as an ATNA audit record repository (ITI-20 receiver), on loopback with certificates made at test time:
 * the node's own audit trail delivers to it over mutual TLS (RFC 5425) and UDP (RFC 5426) and every message is
 * stored byte for byte; an untrusted client, an oversize frame, a broken frame and a message that is not RFC 5424
 * are refused and store nothing, and the listener goes on serving the next connection.
 */
class AuditRecordRepositoryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String GOOD = "<85>1 2026-11-25T02:00:00Z sender.example carnet 7 IHE+RFC-3881 - <a/>";

    @TempDir
    Path dir;

    private final List<ReceivedAuditMessage> stored = new CopyOnWriteArrayList<>();
    private TlsFixture tls;
    private AuditRecordRepository repository;

    @BeforeEach
    void start() throws IOException {
        tls = new TlsFixture(Files.createDirectories(dir.resolve("pki")));
        // the repository presents the "collector" certificate and trusts the test CA, as the node does
        repository = AuditRecordRepository.start(new RepositorySettings("127.0.0.1", 0, tls.pki.context(tls.collector),
                0, 1024 * 1024, Duration.ofSeconds(10), 4), stored::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        repository.close();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private AuditTrail trail(String destinations, String spool) throws IOException {
        return AuditTrail.open(new AuditTrailSettings(
                        java.util.Arrays.stream(destinations.split(",")).map(SyslogDestination::parse).toList(),
                        tls.nodeContext(), dir.resolve(spool), Duration.ofMillis(100), Duration.ofSeconds(3)),
                node(), Set.of(ACCESS_DENIED), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_nodes_audit_trail_over_mutual_tls_is_stored_byte_for_byte() throws Exception {
        // the same trail also sends to the test collector: what it received is exactly what was sent
        try (TlsSyslogCollector collector = tls.newCollector().start()) {
            try (AuditTrail trail = trail("tls://127.0.0.1:" + repository.tlsPort().getAsInt()
                    + ",tls://127.0.0.1:" + collector.port(), "spool")) {
                trail.onTransaction(success(Transaction.ITI_18, doctor()));
                trail.onTransaction(refused(Transaction.ITI_41, doctor(), "XDSRepositoryMetadataError"));
                assertThat(trail.awaitDelivered(WAIT)).isTrue();
            }
            List<byte[]> sent = collector.await(2, WAIT);
            await(() -> stored.size() >= 2);

            assertThat(sent).hasSize(2);
            assertThat(stored).hasSize(2);
            for (int i = 0; i < 2; i++) {
                SyslogRecord expected = SyslogRecord.parse(sent.get(i));
                ReceivedAuditMessage m = stored.get(i);
                assertThat(m.msg()).isEqualTo(concat(BOM, expected.xml()));
                assertThat(m.header().pri()).isEqualTo(85);
                assertThat(m.header().timestamp().map(Object::toString)).contains(expected.timestamp());
                assertThat(m.header().hostName()).isEqualTo("node.example");
                assertThat(m.header().appName()).isEqualTo("carnet");
                assertThat(m.header().procId()).isEqualTo("4242");
                assertThat(m.header().msgId()).isEqualTo("IHE+RFC-3881");
                assertThat(m.transport()).isEqualTo(ReceivedAuditMessage.Transport.TLS);
                assertThat(m.sender().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
                assertThat(m.senderCertificate()).contains("CN=carnet-node");
                assertThat(m.receivedAt()).isEqualTo(NOW);
            }
            assertThat(stored).extracting(ReceivedAuditMessage::summary).containsExactly(
                    new AuditEventSummary(Optional.of("110112"), Optional.of("0")),
                    new AuditEventSummary(Optional.of("110107"), Optional.of("4")));
            assertThat(repository.counters().stored()).isEqualTo(2);
            assertThat(repository.counters().malformed()).isZero();
        }
    }

    @Test
    void a_client_whose_certificate_is_not_trusted_is_refused_and_nothing_is_stored() throws Exception {
        TestPki stranger = TestPki.create("stranger");
        // trusts the repository, but its own certificate chains to another CA
        try (SSLSocket socket = connect(client(stranger.issueLoopback("intruder"), stranger, tls))) {
            assertThat(sendAndSeeClosed(socket, frame(GOOD))).isTrue();
        }
        // no certificate at all
        try (SSLSocket socket = connect(client(null, null, tls))) {
            assertThat(sendAndSeeClosed(socket, frame(GOOD))).isTrue();
        }
        await(() -> repository.counters().refusedConnections() >= 2);

        assertThat(repository.counters().refusedConnections()).isEqualTo(2);
        assertThat(stored).isEmpty();
        assertThat(repository.counters().stored()).isZero();
    }

    @Test
    void oversize_broken_and_non_syslog_frames_close_their_connection_and_the_next_one_is_served() throws Exception {
        try (SSLSocket oversize = connect(tls.nodeContext())) {
            assertThat(sendAndSeeClosed(oversize, ((1024 * 1024 + 1) + " <85>1 ").getBytes(StandardCharsets.US_ASCII)))
                    .isTrue();
        }
        try (SSLSocket garbage = connect(tls.nodeContext())) {
            assertThat(sendAndSeeClosed(garbage, "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                    .isTrue();
        }
        try (SSLSocket notSyslog = connect(tls.nodeContext())) {
            assertThat(sendAndSeeClosed(notSyslog, frame("hello, world"))).isTrue();
        }
        await(() -> repository.counters().malformed() >= 3);
        assertThat(repository.counters().malformed()).isEqualTo(3);
        assertThat(stored).isEmpty();

        try (SSLSocket good = connect(tls.nodeContext())) {
            OutputStream out = good.getOutputStream();
            out.write(frame(GOOD));
            out.write(frame(GOOD.replace("<a/>", "<b/>")));
            out.flush();
            await(() -> stored.size() >= 2);
        }
        assertThat(stored).extracting(m -> new String(m.msg(), StandardCharsets.UTF_8)).containsExactly("<a/>", "<b/>");
        assertThat(stored).extracting(m -> m.header().hostName()).containsOnly("sender.example");
    }

    @Test
    void a_connection_over_the_limit_is_closed_and_a_freed_slot_serves_again() throws Exception {
        List<SSLSocket> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) { // the limit this test's repository was started with
                SSLSocket socket = connect(tls.nodeContext());
                socket.startHandshake();
                open.add(socket);
            }
            try (SSLSocket fifth = connect(tls.nodeContext())) {
                assertThat(sendAndSeeClosed(fifth, frame(GOOD))).isTrue();
            }
            await(() -> repository.counters().refusedConnections() >= 1);
            assertThat(repository.counters().refusedConnections()).isEqualTo(1);

            open.remove(0).close();
            // the slot is freed once the server side has seen the close: try until a connection is served; a
            // refused one stores nothing, an accepted one stores its frame
            SSLSocket again = null;
            for (int attempt = 0; attempt < 50 && stored.isEmpty(); attempt++) {
                long refusedBefore = repository.counters().refusedConnections();
                again = connect(tls.nodeContext());
                sendQuietly(again, frame(GOOD));
                await(() -> !stored.isEmpty() || repository.counters().refusedConnections() > refusedBefore);
                if (stored.isEmpty()) {
                    again.close();
                    Thread.sleep(20);
                }
            }
            open.add(again);
            assertThat(stored).hasSize(1);
        } finally {
            for (SSLSocket socket : open) {
                socket.close();
            }
        }
    }

    @Test
    void a_udp_datagram_is_stored_without_a_certificate() throws Exception {
        try (AuditTrail trail = trail("udp://127.0.0.1:" + repository.udpPort().getAsInt(), "spool-udp")) {
            trail.onTransaction(success(Transaction.ITI_43, doctor()));
            assertThat(trail.awaitDelivered(WAIT)).isTrue();
            await(() -> stored.size() >= 1);
        }

        assertThat(stored).hasSize(1);
        ReceivedAuditMessage m = stored.get(0);
        assertThat(m.transport()).isEqualTo(ReceivedAuditMessage.Transport.UDP);
        assertThat(m.senderCertificate()).isEmpty();
        assertThat(m.summary()).isEqualTo(new AuditEventSummary(Optional.of("110106"), Optional.of("0")));
        assertThat(new String(m.msg(), 3, m.msg().length - 3, StandardCharsets.UTF_8)).startsWith("<?xml")
                .contains("<EventID csd-code=\"110106\"");
        assertThat(java.util.Arrays.copyOf(m.msg(), 3)).isEqualTo(BOM);
    }

    private SSLSocket connect(SSLContext context) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                repository.tlsPort().getAsInt());
        socket.setSoTimeout((int) WAIT.toMillis());
        return socket;
    }

    /** Sends the bytes and reads until the repository closes: true once it did (end of stream or reset). */
    private static boolean sendAndSeeClosed(SSLSocket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            return in.read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // handshake refused or connection reset
        }
    }

    private static void sendQuietly(SSLSocket socket, byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            // refused: the caller sees it in the counters
        }
    }

    private static byte[] frame(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        return concat((bytes.length + " ").getBytes(StandardCharsets.US_ASCII), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * A client context that trusts the repository (the test CA) and presents {@code key}, issued by
     * {@code issuer}; no certificate when {@code key} is null.
     */
    private static SSLContext client(TestPki.Issued key, TestPki issuer, TlsFixture tls) throws Exception {
        KeyManagerFactory kmf = null;
        if (key != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("key", key.key(), TestPki.PASSWORD,
                    new Certificate[] {key.certificate(), issuer.caCertificate()});
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, TestPki.PASSWORD);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", tls.pki.caCertificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf == null ? null : new KeyManager[] {new AlwaysPresent(
                (X509ExtendedKeyManager) kmf.getKeyManagers()[0])}, tmf.getTrustManagers(), null);
        return context;
    }

    /**
     * Presents its certificate whatever CAs the server names: the JDK's key manager would otherwise send none
     * for a certificate of another CA, and the test would not show that a presented untrusted one is refused.
     */
    private static final class AlwaysPresent extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager keys;

        AlwaysPresent(X509ExtendedKeyManager keys) {
            this.keys = keys;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return "key";
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return "key";
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {"key"};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }
    }
}
