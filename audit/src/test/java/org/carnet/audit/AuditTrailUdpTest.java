package org.carnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.audit.testing.SampleEvents.*;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.carnet.audit.syslog.SyslogDestination;
import org.carnet.audit.testing.AuditView;
import org.carnet.audit.testing.SyslogRecord;
import org.carnet.common.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 5426: one audit message per datagram, the RFC 5424 message as is. */
class AuditTrailUdpTest {

    @TempDir
    Path dir;

    @Test
    void each_message_is_one_datagram() throws Exception {
        try (DatagramSocket collector = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            collector.setSoTimeout(20_000);
            try (AuditTrail trail = AuditTrail.open(new AuditTrailSettings(
                    List.of(SyslogDestination.parse("udp://127.0.0.1:" + collector.getLocalPort())), null,
                    dir.resolve("spool"), Duration.ofMillis(100), Duration.ofSeconds(1)),
                    node(), Set.of(), Clock.systemUTC())) {
                trail.onTransaction(success(Transaction.ITI_18, doctor()));
                trail.onTransaction(success(Transaction.ITI_43, doctor()));

                List<String> events = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
                    collector.receive(packet);
                    SyslogRecord record = SyslogRecord.parse(Arrays.copyOf(packet.getData(), packet.getLength()));
                    assertThat(record.msgId()).isEqualTo("IHE+RFC-3881");
                    events.add(AuditView.of(record.xml()).eventId());
                }
                assertThat(events).containsExactly("110112|DCM|Query", "110106|DCM|Export");
            }
        }
    }
}
