package org.carnet.audit.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.carnet.audit.testing.DicomSchema;
import org.junit.jupiter.api.Test;

class AuditXmlTest {

    @Test
    void the_schema_check_refuses_what_is_not_a_dicom_audit_message() {
        assertThatThrownBy(() -> DicomSchema.validate("<AuditMessage/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("EventIdentification");
    }

    @Test
    void characters_outside_xml_are_replaced_and_pairs_kept() {
        assertThat(AuditXml.clean("a\u0000b\uD800c\uD83D\uDE00\tz")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00\tz");
        assertThat(AuditXml.clean("plain")).isSameAs("plain");
    }
}
