package org.carnet.audit.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Event id and outcome read from a DICOM audit message, with DOCTYPEs and entities refused. */
class AuditEventSummaryTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reads_the_event_id_and_outcome_after_a_byte_order_mark() {
        AuditEventSummary summary = AuditEventSummary.of(bytes("\uFEFF<AuditMessage><EventIdentification"
                + " EventActionCode=\"E\" EventOutcomeIndicator=\"4\"><EventID csd-code=\"110112\""
                + " codeSystemName=\"DCM\" originalText=\"Query\"/></EventIdentification></AuditMessage>"));

        assertThat(summary).isEqualTo(new AuditEventSummary(Optional.of("110112"), Optional.of("4")));
    }

    @Test
    void a_doctype_gives_no_summary_and_no_entity_is_expanded() {
        assertThat(AuditEventSummary.of(bytes("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<AuditMessage><EventIdentification EventOutcomeIndicator=\"&x;\"><EventID csd-code=\"1\"/>"
                + "</EventIdentification></AuditMessage>"))).isEqualTo(AuditEventSummary.NONE);
    }

    @Test
    void what_is_not_xml_gives_no_summary() {
        assertThat(AuditEventSummary.of(bytes("not xml"))).isEqualTo(AuditEventSummary.NONE);
    }
}
