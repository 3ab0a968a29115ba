package org.carnet.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

import org.carnet.audit.repository.AuditEventSummary;
import org.carnet.audit.repository.ReceivedAuditMessage;
import org.carnet.audit.repository.SyslogHeader;
import org.carnet.registry.TestRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit record repository's table: every field of a received message stored, the MSG byte for byte. */
class ReceivedAuditMessagesTest {
    private final TestRegistry registry = new TestRegistry(10);
    private final ReceivedAuditMessages store = new ReceivedAuditMessages(registry.database);

    @AfterEach
    void close() {
        registry.close();
    }

    private static ReceivedAuditMessage received(String syslog, ReceivedAuditMessage.Transport transport,
                                                 Optional<String> certificate) throws Exception {
        byte[] message = syslog.getBytes(StandardCharsets.UTF_8);
        SyslogHeader header = SyslogHeader.parse(message);
        byte[] msg = header.msg(message);
        return new ReceivedAuditMessage(Instant.parse("2026-11-25T02:00:00.123Z"), transport,
                new InetSocketAddress("192.0.2.7", 40123), certificate, header, AuditEventSummary.of(msg), msg);
    }

    @Test
    void stores_every_field_and_the_msg_byte_for_byte() throws Exception {
        String xml = "\uFEFF<AuditMessage><EventIdentification EventOutcomeIndicator=\"0\"><EventID csd-code=\"110112\"/>"
                + "</EventIdentification><é/></AuditMessage>";
        store.append(received("<85>1 2026-11-25T03:00:00.250+01:00 node.example carnet 4242 IHE+RFC-3881 - " + xml,
                ReceivedAuditMessage.Transport.TLS, Optional.of("CN=carnet-node")));
        store.append(received("<13>1 - other - - - - not xml", ReceivedAuditMessage.Transport.UDP, Optional.empty()));

        try (Connection c = registry.database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT * FROM received_audit_message ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getTimestamp("received_at").toInstant()).isEqualTo(Instant.parse("2026-11-25T02:00:00.123Z"));
            assertThat(rs.getString("transport")).isEqualTo("TLS");
            assertThat(rs.getString("sender_address")).isEqualTo("192.0.2.7");
            assertThat(rs.getInt("sender_port")).isEqualTo(40123);
            assertThat(rs.getString("sender_certificate")).isEqualTo("CN=carnet-node");
            assertThat(rs.getInt("syslog_pri")).isEqualTo(85);
            assertThat(rs.getObject("syslog_timestamp", OffsetDateTime.class).toInstant())
                    .isEqualTo(Instant.parse("2026-11-25T02:00:00.250Z"));
            assertThat(rs.getString("syslog_hostname")).isEqualTo("node.example");
            assertThat(rs.getString("syslog_app_name")).isEqualTo("carnet");
            assertThat(rs.getString("syslog_proc_id")).isEqualTo("4242");
            assertThat(rs.getString("syslog_msg_id")).isEqualTo("IHE+RFC-3881");
            assertThat(rs.getString("event_id")).isEqualTo("110112");
            assertThat(rs.getString("event_outcome")).isEqualTo("0");
            assertThat(rs.getBytes("message")).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));

            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("transport")).isEqualTo("UDP");
            assertThat(rs.getString("sender_certificate")).isNull();
            assertThat(rs.getObject("syslog_timestamp")).isNull();
            assertThat(rs.getString("syslog_proc_id")).isEqualTo("-");
            assertThat(rs.getString("event_id")).isNull();
            assertThat(rs.getString("event_outcome")).isNull();
            assertThat(rs.getBytes("message")).isEqualTo("not xml".getBytes(StandardCharsets.UTF_8));
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void the_store_can_only_append() {
        assertThat(Arrays.stream(ReceivedAuditMessages.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)).containsExactly("append");
    }
}
