package org.carnet.audit.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.carnet.audit.testing.AuditView;
import org.carnet.audit.testing.AuditView.ObjectView;
import org.carnet.audit.testing.AuditView.Participant;
import org.carnet.audit.testing.SampleEvents;
import org.junit.jupiter.api.Test;

/** DICOM PS3.15 A.5.3.1 Application Activity and A.5.3.11 Security Alert, as the node reports its own life. */
class NodeMessagesTest {
    private static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");
    private static final List<Participant> PARTICIPANTS = List.of(
            new Participant("carnet", "4242", null, false, List.of("110150|DCM|Application"), "node.example", "1"),
            new Participant("carnet-user", null, null, true, List.of("110151|DCM|Application Launcher"), null, null));

    private final NodeMessages messages = new NodeMessages(SampleEvents.node(), "carnet-user");

    @Test
    void start_is_application_activity_application_start() {
        AuditView m = AuditView.of(AuditXml.toBytes(messages.started(AT)));

        assertThat(m.eventId()).isEqualTo("110100|DCM|Application Activity");
        assertThat(m.action()).isEqualTo("E");
        assertThat(m.outcome()).isEqualTo("0");
        assertThat(m.typeCodes()).containsExactly("110120|DCM|Application Start");
        assertThat(m.participants()).isEqualTo(PARTICIPANTS);
        assertThat(m.objects()).isEmpty();
    }

    @Test
    void stop_is_application_activity_application_stop() {
        AuditView m = AuditView.of(AuditXml.toBytes(messages.stopped(AT)));

        assertThat(m.eventId()).isEqualTo("110100|DCM|Application Activity");
        assertThat(m.typeCodes()).containsExactly("110121|DCM|Application Stop");
        assertThat(m.participants()).isEqualTo(PARTICIPANTS);
    }

    @Test
    void configuration_change_is_a_security_alert_naming_the_keys_never_the_values() {
        AuditView m = AuditView.of(AuditXml.toBytes(messages.configurationChanged(AT, List.of(
                new SettingChange("security.trustStore", SettingChange.Kind.CHANGED),
                new SettingChange("query.maxResults", SettingChange.Kind.ADDED)))));

        assertThat(m.eventId()).isEqualTo("110113|DCM|Security Alert");
        assertThat(m.typeCodes()).containsExactly("110129|DCM|Security Configuration",
                "110131|DCM|Software Configuration");
        assertThat(m.participants()).isEqualTo(PARTICIPANTS);
        assertThat(m.objects()).containsExactly(
                new ObjectView("security.trustStore", "2", "13", null, "setting|Carnet settings|configuration setting",
                        null, Map.of("Alert Description", "changed")),
                new ObjectView("query.maxResults", "2", "13", null, "setting|Carnet settings|configuration setting",
                        null, Map.of("Alert Description", "added")));
    }

    @Test
    void a_configuration_change_without_change_is_a_programming_error() {
        assertThatThrownBy(() -> messages.configurationChanged(AT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
