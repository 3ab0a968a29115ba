package org.carnet.audit.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.carnet.audit.testing.SyslogRecord;
import org.junit.jupiter.api.Test;

/** RFC 5424 as ITI TF-2 3.20.4.2 uses it. */
class SyslogFormatTest {

    @Test
    void header_is_pri_85_version_1_timestamp_host_app_procid_msgid_and_no_structured_data() {
        byte[] xml = "<AuditMessage/>".getBytes(StandardCharsets.UTF_8);
        byte[] message = new SyslogFormat("node.example", "carnet", "4242")
                .format(Instant.parse("2026-11-24T09:15:00.250123Z"), xml);

        String text = new String(message, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(
                "<85>1 2026-11-24T09:15:00.250Z node.example carnet 4242 IHE+RFC-3881 - \uFEFF<AuditMessage/>");
        SyslogRecord record = SyslogRecord.parse(message);
        assertThat(record.xml()).isEqualTo(xml);
    }

    @Test
    void header_fields_are_printable_ascii_within_their_length_and_dash_when_empty() {
        assertThat(SyslogFormat.field("my host\u00e9", 255)).isEqualTo("my_host_");
        assertThat(SyslogFormat.field("a".repeat(60), 48)).hasSize(48);
        assertThat(SyslogFormat.field("", 48)).isEqualTo("-");
        assertThat(SyslogFormat.field(null, 48)).isEqualTo("-");
    }
}
