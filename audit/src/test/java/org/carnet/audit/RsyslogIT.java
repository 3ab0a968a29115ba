package org.carnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.carnet.audit.testing.SampleEvents.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.carnet.audit.syslog.SyslogDestination;
import org.carnet.audit.testing.AuditView;
import org.carnet.audit.testing.SyslogRecord;
import org.carnet.audit.testing.TestPki;
import org.carnet.audit.testing.TlsFixture;
import org.carnet.common.transaction.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against a real audit record repository: rsyslog from the operating system's packages (rsyslog and
 * rsyslog-openssl; {@code .ci/run} installs them), configured here for syslog over mutual TLS on loopback
 * (imtcp with the ossl stream driver, client certificates checked against the test CA) and writing every message
 * it receives, as received, to a file that the test reads back.
 *
 * <p>Without rsyslogd the test fails, saying what to install: it must never pass without having talked to a real
 * collector.
 */
class RsyslogIT {
    private static final List<Path> RSYSLOGD = List.of(Path.of("/usr/sbin/rsyslogd"), Path.of("/sbin/rsyslogd"),
            Path.of("/usr/local/sbin/rsyslogd"));
    private static final List<Path> MODULE_DIRS = List.of(Path.of("/usr/lib/x86_64-linux-gnu/rsyslog"),
            Path.of("/usr/lib/aarch64-linux-gnu/rsyslog"), Path.of("/usr/lib/rsyslog"), Path.of("/usr/lib64/rsyslog"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Process rsyslogd;

    @AfterEach
    void stopRsyslog() throws InterruptedException {
        if (rsyslogd != null && rsyslogd.isAlive()) {
            rsyslogd.destroy();
            if (!rsyslogd.waitFor(10, TimeUnit.SECONDS)) {
                rsyslogd.destroyForcibly();
            }
        }
    }

    @Test
    void rsyslog_receives_the_nodes_audit_messages_over_mutual_tls() throws Exception {
        Path rsyslog = RSYSLOGD.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (rsyslog == null) {
            fail("rsyslogd is not installed, so the end-to-end audit test cannot run. Install it with "
                    + "`apt-get install -y rsyslog rsyslog-openssl` (.ci/run does this on CI).");
        }
        if (MODULE_DIRS.stream().noneMatch(d -> Files.exists(d.resolve("lmnsd_ossl.so")))) {
            fail("rsyslog's OpenSSL stream driver (lmnsd_ossl.so) is missing: `apt-get install -y rsyslog-openssl`.");
        }

        TlsFixture tls = new TlsFixture(dir);
        TestPki.writePem(tls.pki.caCertificate(), dir.resolve("ca.pem"));
        TestPki.writePem(tls.collector.certificate(), dir.resolve("collector.pem"));
        TestPki.writePem(tls.collector.key(), dir.resolve("collector-key.pem"));
        Path received = dir.resolve("received.log");
        int port = freePort();
        Path config = writeConfig(port, received);
        start(rsyslog, config, port);

        try (AuditTrail trail = AuditTrail.open(new AuditTrailSettings(
                        List.of(SyslogDestination.parse("tls://127.0.0.1:" + port)), tls.nodeContext(),
                        dir.resolve("spool"), Duration.ofMillis(200), Duration.ofSeconds(2)),
                node(), Set.of(), Clock.systemUTC())) {
            trail.nodeStarted();
            trail.onTransaction(success(Transaction.ITI_41, doctor()));
            trail.onTransaction(success(Transaction.ITI_43, emergencyDoctor()));
            assertThat(trail.awaitDelivered(WAIT)).as("the node sent everything to rsyslog").isTrue();
        }

        List<SyslogRecord> records = readBack(received, 3);
        assertThat(records).hasSize(3);
        for (SyslogRecord record : records) {
            assertThat(record.pri()).isEqualTo(85);
            assertThat(record.msgId()).isEqualTo("IHE+RFC-3881");
            assertThat(record.appName()).isEqualTo("carnet");
        }
        AuditView started = AuditView.of(records.get(0).xml());
        assertThat(started.typeCodes()).containsExactly("110120|DCM|Application Start");
        AuditView provided = AuditView.of(records.get(1).xml());
        assertThat(provided.eventId()).isEqualTo("110107|DCM|Import");
        assertThat(provided.typeCodes()).containsExactly("ITI-41|IHE Transactions|Provide and Register Document Set-b");
        assertThat(provided.objects()).extracting(AuditView.ObjectView::id).containsExactly(PATIENT, SUBMISSION_SET);
        AuditView retrieved = AuditView.of(records.get(2).xml());
        assertThat(retrieved.eventId()).isEqualTo("110106|DCM|Export");
        assertThat(retrieved.typeCodes()).contains("110127|DCM|Emergency Override Started");
    }

    private Path writeConfig(int port, Path received) throws IOException {
        Path work = Files.createDirectories(dir.resolve("rsyslog-work"));
        String config = """
                global(workDirectory="%s" maxMessageSize="64k"
                       defaultNetstreamDriver="ossl"
                       defaultNetstreamDriverCAFile="%s"
                       defaultNetstreamDriverCertFile="%s"
                       defaultNetstreamDriverKeyFile="%s")
                module(load="imtcp" streamDriver.name="ossl" streamDriver.mode="1"
                       streamDriver.authMode="x509/certvalid")
                template(name="asReceived" type="string" string="%%rawmsg%%\\n")
                ruleset(name="audit") {
                    action(type="omfile" file="%s" template="asReceived")
                }
                input(type="imtcp" address="127.0.0.1" port="%d" ruleset="audit")
                """.formatted(work, dir.resolve("ca.pem"), dir.resolve("collector.pem"),
                dir.resolve("collector-key.pem"), received, port);
        return Files.writeString(dir.resolve("rsyslog.conf"), config);
    }

    private void start(Path rsyslog, Path config, int port) throws Exception {
        Path log = dir.resolve("rsyslogd.out");
        Process check = new ProcessBuilder(rsyslog.toString(), "-N1", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            fail("rsyslogd refuses the test configuration:\n" + Files.readString(log));
        }
        rsyslogd = new ProcessBuilder(rsyslog.toString(), "-n", "-f", config.toString(), "-i",
                dir.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!rsyslogd.isAlive()) {
                fail("rsyslogd stopped at start:\n" + Files.readString(log));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        fail("rsyslogd did not listen on port " + port + " within " + WAIT + ":\n" + Files.readString(log));
    }

    /** The file rsyslog writes, one received message a line, once it holds {@code count} messages. */
    private List<SyslogRecord> readBack(Path file, int count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<byte[]> lines = List.of();
        while (System.nanoTime() < deadline) {
            lines = Files.exists(file) ? lines(Files.readAllBytes(file)) : List.of();
            if (lines.size() >= count) {
                break;
            }
            Thread.sleep(50);
        }
        Thread.sleep(300); // anything more would be a duplicate: let it show
        lines = lines(Files.readAllBytes(file));
        return lines.stream().map(SyslogRecord::parse).toList();
    }

    private static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                if (i > start) {
                    lines.add(java.util.Arrays.copyOfRange(content, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
