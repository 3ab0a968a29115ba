package org.carnet.audit.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** RFC 5424 section 6 header, read strictly; the MSG left byte for byte. */
class SyslogHeaderTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reads_every_field_and_leaves_the_msg_as_is() throws Exception {
        byte[] message = bytes("<85>1 2026-11-24T09:15:00.250Z node.example carnet 4242 IHE+RFC-3881 - \uFEFF<a/>");

        SyslogHeader header = SyslogHeader.parse(message);

        assertThat(header.pri()).isEqualTo(85);
        assertThat(header.timestamp()).contains(OffsetDateTime.parse("2026-11-24T09:15:00.250Z"));
        assertThat(header.hostName()).isEqualTo("node.example");
        assertThat(header.appName()).isEqualTo("carnet");
        assertThat(header.procId()).isEqualTo("4242");
        assertThat(header.msgId()).isEqualTo("IHE+RFC-3881");
        assertThat(header.msg(message)).isEqualTo(bytes("\uFEFF<a/>"));
    }

    @Test
    void accepts_structured_data_a_nil_timestamp_and_no_msg() throws Exception {
        byte[] message = bytes("<13>1 - host app - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"A\\]pp\"][x@1 a=\"b\"]");

        SyslogHeader header = SyslogHeader.parse(message);

        assertThat(header.timestamp()).isEmpty();
        assertThat(header.procId()).isEqualTo("-");
        assertThat(header.msg(message)).isEmpty();
    }

    @Test
    void accepts_an_offset_timestamp() throws Exception {
        assertThat(SyslogHeader.parse(bytes("<85>1 2003-08-24T05:14:15.000003-07:00 h a p m - x")).timestamp())
                .contains(OffsetDateTime.parse("2003-08-24T05:14:15.000003-07:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "85>1 2026-11-24T09:15:00Z h a p m - x",          // no PRI
            "<192>1 2026-11-24T09:15:00Z h a p m - x",        // PRI over 191
            "<85>2 2026-11-24T09:15:00Z h a p m - x",         // VERSION 2
            "<85>1 2026-11-24 09:15:00Z h a p m - x",         // not RFC 3339
            "<85>1 2026-11-24T09:15:00.1234567Z h a p m - x", // 7 fractional digits
            "<85>1 2026-13-24T09:15:00Z h a p m - x",         // no such month
            "<85>1 2026-11-24T09:15:00Z h a p m",             // no STRUCTURED-DATA
            "<85>1 2026-11-24T09:15:00Z h a p m [x a=\"b\" x", // SD not closed
            "<85>1 2026-11-24T09:15:00Z h a p m -x",          // no space before MSG
            "<85>1 2026-11-24T09:15:00Z  a p m - x",          // empty HOSTNAME
            "<85>1 2026-11-24T09:15:00Z h a p 012345678901234567890123456789012 - x", // MSGID over 32
            "garbage"})
    void refuses_what_is_not_rfc_5424(String text) {
        assertThatThrownBy(() -> SyslogHeader.parse(bytes(text))).isInstanceOf(SyslogHeader.MalformedException.class);
    }

    @Test
    void refuses_a_control_character_in_a_field() {
        assertThatThrownBy(() -> SyslogHeader.parse(bytes("<85>1 - h\u0001 a p m - x")))
                .isInstanceOf(SyslogHeader.MalformedException.class);
    }
}
