package org.carnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.audit.testing.SampleEvents.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carnet.audit.syslog.SyslogDestination;
import org.carnet.audit.testing.AuditView;
import org.carnet.audit.testing.AuditView.ObjectView;
import org.carnet.audit.testing.AuditView.Participant;
import org.carnet.audit.testing.SyslogRecord;
import org.carnet.audit.testing.TestPki;
import org.carnet.audit.testing.TlsFixture;
import org.carnet.audit.testing.TlsSyslogCollector;
import org.carnet.common.transaction.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audit trail over syslog TLS (RFC 5425, mutual TLS) to a collector on loopback: for each transaction type,
 * exactly the expected message arrives, in an octet-counted RFC 5424 frame, and validates against the DICOM
 * schema. Certificates are made at test time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTlsTest {
    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(150);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    static Path dir;

    private TlsFixture tls;
    private TlsSyslogCollector collector;
    private AuditTrail trail;

    @BeforeAll
    void start() throws Exception {
        tls = new TlsFixture(dir);
        collector = tls.newCollector().start();
        trail = AuditTrail.open(new AuditTrailSettings(
                        List.of(SyslogDestination.parse("tls://127.0.0.1:" + collector.port())), tls.nodeContext(),
                        dir.resolve("spool"), Duration.ofMillis(200), Duration.ofSeconds(3)),
                node(), Set.of(ACCESS_DENIED), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    void stop() throws Exception {
        trail.close();
        collector.close();
    }

    /** Runs {@code action} and returns the messages it made arrive, once they stopped coming. */
    private List<SyslogRecord> arrivals(int expected, Runnable action) throws Exception {
        int before = collector.received().size();
        action.run();
        collector.await(before + expected, DELIVERY);
        List<byte[]> all = collector.settle(QUIET);
        assertThat(collector.errors()).isEmpty();
        return all.subList(before, all.size()).stream().map(SyslogRecord::parse).toList();
    }

    @ParameterizedTest
    @EnumSource(Transaction.class)
    void each_transaction_delivers_exactly_its_message(Transaction t) throws Exception {
        List<SyslogRecord> arrived = arrivals(1, () -> trail.onTransaction(success(t, doctor())));

        assertThat(arrived).hasSize(1);
        SyslogRecord record = arrived.get(0);
        assertThat(record.pri()).isEqualTo(85);
        assertThat(record.timestamp()).isEqualTo("2026-11-24T09:15:00.250Z");
        assertThat(record.hostName()).isEqualTo("node.example");
        assertThat(record.appName()).isEqualTo("carnet");
        assertThat(record.procId()).isEqualTo("4242");
        assertThat(record.msgId()).isEqualTo("IHE+RFC-3881");
        assertThat(record.structuredData()).isEqualTo("-");

        AuditView m = AuditView.of(record.xml()); // validates against the DICOM schema
        Expected e = Expected.of(t);
        assertThat(m.eventId()).isEqualTo(e.eventId());
        assertThat(m.action()).isEqualTo(e.action());
        assertThat(m.outcome()).isEqualTo("0");
        assertThat(m.typeCodes()).containsExactly(e.typeCode());
        assertThat(m.auditSourceId()).isEqualTo("carnet-test");
        assertThat(m.participants()).extracting(Participant::userId, Participant::requestor, Participant::roles)
                .containsExactlyElementsOf(e.participants());
        assertThat(m.objects()).extracting(ObjectView::id).containsExactlyElementsOf(e.objectIds());
    }

    /** What ITI TF-2 prescribes for each transaction, as the registry or repository reports it. */
    private record Expected(String eventId, String action, String typeCode,
                            List<org.assertj.core.groups.Tuple> participants, List<String> objectIds) {
        static final String ANONYMOUS = "http://www.w3.org/2005/08/addressing/anonymous";
        static final List<String> SOURCE = List.of("110153|DCM|Source Role ID");
        static final List<String> DESTINATION = List.of("110152|DCM|Destination Role ID");
        static final org.assertj.core.groups.Tuple DOCTOR = org.assertj.core.groups.Tuple.tuple("810001234567", true,
                List.of("10|1.2.250.1.71.1.2.7|Médecin"));

        static Expected of(Transaction t) {
            var client = org.assertj.core.groups.Tuple.tuple(ANONYMOUS, true, SOURCE);
            var server = org.assertj.core.groups.Tuple.tuple(endpoint(t), false, DESTINATION);
            List<org.assertj.core.groups.Tuple> importing = List.of(client, server, DOCTOR);
            String type = t.code() + "|IHE Transactions|" + t.displayName();
            return switch (t) {
                case ITI_41, ITI_42 -> new Expected("110107|DCM|Import", "C", type, importing,
                        List.of(PATIENT, SUBMISSION_SET));
                case ITI_57 -> new Expected("110110|DCM|Patient Record", "U", type, importing,
                        List.of(PATIENT, SUBMISSION_SET));
                case ITI_18, ITI_51 -> new Expected("110112|DCM|Query", "E", type, importing,
                        List.of(PATIENT, FIND_DOCUMENTS));
                case ITI_43 -> new Expected("110106|DCM|Export", "R", type, List.of(
                        org.assertj.core.groups.Tuple.tuple(REPOSITORY_URL, false, SOURCE),
                        org.assertj.core.groups.Tuple.tuple(ANONYMOUS, true, DESTINATION), DOCTOR),
                        List.of(PATIENT, DOCUMENT_1, DOCUMENT_2));
                case ITI_62 -> new Expected("110110|DCM|Patient Record", "D", type, importing,
                        List.of(PATIENT, "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1"));
                case ITI_86 -> new Expected("110110|DCM|Patient Record", "D", type, importing,
                        List.of(PATIENT, DOCUMENT_1, DOCUMENT_2));
                case DOSSIER -> new Expected("110110|DCM|Patient Record", "C", "OPEN|Carnet DMP operations|OPEN",
                        importing, List.of(PATIENT));
            };
        }
    }

    @Test
    void a_failed_transaction_is_delivered_with_its_failure_outcome() throws Exception {
        List<SyslogRecord> arrived = arrivals(1,
                () -> trail.onTransaction(refused(Transaction.ITI_41, doctor(), "XDSRepositoryMetadataError")));

        assertThat(arrived).hasSize(1);
        AuditView m = AuditView.of(arrived.get(0).xml());
        assertThat(m.eventId()).isEqualTo("110107|DCM|Import");
        assertThat(m.outcome()).isEqualTo("4");
        assertThat(m.outcomeDescription()).isEqualTo("XDSRepositoryMetadataError");
    }

    @Test
    void access_denied_delivers_the_failed_transaction_then_a_security_alert() throws Exception {
        List<SyslogRecord> arrived = arrivals(2,
                () -> trail.onTransaction(refused(Transaction.ITI_18, doctor(), ACCESS_DENIED)));

        assertThat(arrived).hasSize(2);
        assertThat(AuditView.of(arrived.get(0).xml()).eventId()).isEqualTo("110112|DCM|Query");
        AuditView alert = AuditView.of(arrived.get(1).xml());
        assertThat(alert.eventId()).isEqualTo("110113|DCM|Security Alert");
        assertThat(alert.typeCodes()).containsExactly("110132|DCM|Use of Restricted Function");
        assertThat(alert.objects()).extracting(ObjectView::id).containsExactly(REGISTRY_URL, PATIENT);
    }

    @Test
    void emergency_access_is_delivered_flagged() throws Exception {
        List<SyslogRecord> arrived = arrivals(1, () -> trail.onTransaction(success(Transaction.ITI_43,
                emergencyDoctor())));

        assertThat(arrived).hasSize(1);
        AuditView m = AuditView.of(arrived.get(0).xml());
        assertThat(m.typeCodes()).contains("110127|DCM|Emergency Override Started");
        assertThat(m.purposesOfUse()).containsExactly("bris_de_glace|1.2.250.1.213.1.1.4.248|bris_de_glace");
    }

    @Test
    void node_start_and_stop_are_delivered() throws Exception {
        List<SyslogRecord> arrived = arrivals(2, () -> {
            trail.nodeStarted();
            trail.nodeStopping();
        });

        assertThat(arrived).hasSize(2);
        assertThat(AuditView.of(arrived.get(0).xml()).typeCodes()).containsExactly("110120|DCM|Application Start");
        assertThat(AuditView.of(arrived.get(1).xml()).typeCodes()).containsExactly("110121|DCM|Application Stop");
        assertThat(arrived.get(0).timestamp()).isEqualTo("2026-11-24T10:00:00Z");
    }

    @Test
    void a_configuration_change_since_the_previous_start_is_delivered_once() throws Exception {
        assertThat(arrivals(0, () -> trail.configurationLoaded(Map.of("server.port", "8080",
                "security.trustStore", "/etc/carnet/vihf.p12")))).as("first start: nothing to compare with").isEmpty();
        assertThat(arrivals(0, () -> trail.configurationLoaded(Map.of("server.port", "8080",
                "security.trustStore", "/etc/carnet/vihf.p12")))).as("same configuration").isEmpty();

        List<SyslogRecord> arrived = arrivals(1, () -> trail.configurationLoaded(Map.of("server.port", "8080",
                "security.trustStore", "/etc/carnet/other.p12", "audit.sourceId", "node-7")));

        assertThat(arrived).hasSize(1);
        AuditView m = AuditView.of(arrived.get(0).xml());
        assertThat(m.eventId()).isEqualTo("110113|DCM|Security Alert");
        assertThat(m.typeCodes()).containsExactly("110129|DCM|Security Configuration");
        assertThat(m.objects()).extracting(ObjectView::id, o -> o.details().get("Alert Description"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("audit.sourceId", "added"),
                        org.assertj.core.groups.Tuple.tuple("security.trustStore", "changed"));
        assertThat(arrived.get(0).xmlText()).doesNotContain("other.p12");
    }

    @Test
    void a_collector_whose_certificate_is_not_trusted_is_sent_nothing() throws Exception {
        TestPki stranger = TestPki.create("stranger");
        try (TlsSyslogCollector impostor = new TlsSyslogCollector(stranger.context(stranger.issueLoopback("x")))) {
            impostor.start();
            try (AuditTrail untrusting = AuditTrail.open(new AuditTrailSettings(
                    List.of(SyslogDestination.parse("tls://127.0.0.1:" + impostor.port())), tls.nodeContext(),
                    dir.resolve("spool-impostor"), Duration.ofMillis(100), Duration.ofMillis(100)),
                    node(), Set.of(), Clock.systemUTC())) {
                untrusting.onTransaction(success(Transaction.ITI_43, doctor()));
                assertThat(untrusting.awaitDelivered(Duration.ofMillis(800))).isFalse();
            }
            assertThat(impostor.received()).isEmpty();
        }
    }
}
