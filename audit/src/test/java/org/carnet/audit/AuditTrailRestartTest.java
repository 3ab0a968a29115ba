package org.carnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.audit.testing.SampleEvents.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.carnet.audit.syslog.SyslogDestination;
import org.carnet.audit.testing.AuditView;
import org.carnet.audit.testing.AuditView.ObjectView;
import org.carnet.audit.testing.SyslogRecord;
import org.carnet.audit.testing.TlsFixture;
import org.carnet.audit.testing.TlsSyslogCollector;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector that goes away: messages wait in the spool, across a restart of the node (a new trail over the same
 * spool folder), and each is delivered exactly once, in order, when the collector comes back.
 */
class AuditTrailRestartTest {
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private AuditTrail open(TlsFixture tls, int port) throws IOException {
        return AuditTrail.open(new AuditTrailSettings(List.of(SyslogDestination.parse("tls://127.0.0.1:" + port)),
                tls.nodeContext(), dir.resolve("spool"), Duration.ofMillis(100), Duration.ofSeconds(2)),
                node(), Set.of(), Clock.systemUTC());
    }

    /** An ITI-43 event naming one document, so that each message can be told apart. */
    private static TransactionEvent retrieve(int n) {
        TransactionEvent e = success(Transaction.ITI_43, doctor());
        return new TransactionEvent(e.transaction(), e.outcome(), e.caller(), e.start(), e.end(), e.patientKey(),
                null, List.of("1.2.250.1.999.3.9." + n), null, null, List.of(), null);
    }

    private static String document(SyslogRecord record) {
        return AuditView.of(record.xml()).objects().stream().map(ObjectView::id)
                .filter(id -> id.startsWith("1.2.250.1.999.3.9.")).findFirst().orElse("-");
    }

    @Test
    void messages_spooled_while_the_collector_is_down_arrive_once_in_order_after_a_restart() throws Exception {
        TlsFixture tls = new TlsFixture(dir);
        try (TlsSyslogCollector collector = tls.newCollector().start()) {
            AuditTrail first = open(tls, collector.port());
            first.onTransaction(retrieve(0));
            assertThat(collector.await(1, DELIVERY)).hasSize(1);

            collector.stop(); // the collector goes down: its connection is closed under the node
            for (int i = 1; i <= 5; i++) {
                first.onTransaction(retrieve(i));
            }
            assertThat(first.awaitDelivered(Duration.ofMillis(300))).isFalse();
            first.close(); // the node stops with 5 messages undelivered

            AuditTrail second = open(tls, collector.port()); // the node starts again, collector still down
            for (int i = 6; i <= 7; i++) {
                second.onTransaction(retrieve(i));
            }
            collector.start(); // the collector comes back on its port
            assertThat(second.awaitDelivered(DELIVERY)).isTrue();
            List<byte[]> received = collector.await(8, DELIVERY);
            received = collector.settle(Duration.ofMillis(300));
            second.close();

            assertThat(collector.errors()).isEmpty();
            List<String> documents = received.stream().map(SyslogRecord::parse).map(
                    AuditTrailRestartTest::document).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i <= 7; i++) {
                expected.add("1.2.250.1.999.3.9." + i);
            }
            assertThat(documents).containsExactlyElementsOf(expected);

            // and after another restart nothing is sent again
            AuditTrail third = open(tls, collector.port());
            third.close();
            assertThat(collector.settle(Duration.ofMillis(300))).hasSize(8);
        }
    }

    @Test
    void a_collector_that_accepts_and_never_answers_holds_up_no_transaction() throws Exception {
        TlsFixture tls = new TlsFixture(dir);
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // never reads, never completes a TLS handshake
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            AuditTrail trail = AuditTrail.open(new AuditTrailSettings(
                    List.of(SyslogDestination.parse("tls://127.0.0.1:" + silent.getLocalPort())), tls.nodeContext(),
                    dir.resolve("spool-silent"), Duration.ofMillis(100), Duration.ofMillis(200)),
                    node(), Set.of(), Clock.systemUTC());
            Thread transactions = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    trail.onTransaction(retrieve(i));
                }
            });
            transactions.start();
            transactions.join(TimeUnit.SECONDS.toMillis(30)); // a bound against hanging, not a speed measure
            assertThat(transactions.isAlive()).as("transactions returned while the collector never answered")
                    .isFalse();
            assertThat(trail.awaitDelivered(Duration.ofMillis(100))).isFalse();
            trail.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
