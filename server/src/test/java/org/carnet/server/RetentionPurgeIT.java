package org.carnet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.server.AccessLogDayIT.ANOTHER_PATIENT;
import static org.carnet.server.AccessLogDayIT.DR_BERNARD;
import static org.carnet.server.AccessLogDayIT.DR_LEROY;
import static org.carnet.server.AccessLogDayIT.DR_MARTIN;
import static org.carnet.server.AccessLogDayIT.OTHER_PATIENT;
import static org.carnet.server.AccessLogDayIT.OTHER_PATIENT_KEY;
import static org.carnet.server.AccessLogDayIT.PATIENT;
import static org.carnet.server.AccessLogDayIT.PATIENT_KEY;
import static org.carnet.server.AccessLogDayIT.READERS;
import static org.carnet.server.ScriptedNode.DAY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.carnet.common.SampleData;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention period (dmp-reference 4): a dossier closed for longer than it is erased by the purge, with
 * everything it held (documents, standings, notifications, consent history, bytes no other document shares), and
 * nothing of another patient's; until then, and for a dossier reopened, nothing goes.
 */
class RetentionPurgeIT {
    /** Tables keyed by patient that the purge empties for the erased patient. */
    private static final List<String> PATIENT_TABLES = List.of("registry_object", "document_entry", "submission_set",
            "association", "dossier", "dossier_event", "dossier_professional", "patient_notification");
    private static final Instant CLOSED = Instant.parse(DAY + "12:00:00Z");

    @TempDir
    Path root;
    ScriptedNode node;
    String sharedReport;
    String ownReport;
    String othersReport;

    @BeforeEach
    void aDossierIsFedThenClosed() throws Exception {
        node = new ScriptedNode(root, READERS);
        assertThat(node.at("08:00").api("POST", "/api/dossiers", "patient", null).statusCode()).isEqualTo(201);
        assertThat(node.api("POST", "/api/dossiers", "other-patient", null).statusCode()).isEqualTo(201);
        assertThat(node.at("08:30").api("PUT", ScriptedNode.dossier(PATIENT, "/professionals/" + DR_MARTIN.id()
                + "/medecin-traitant"), "martin", null).statusCode()).isEqualTo(200);

        DocumentEntry shared = SampleData.documentEntry("Document01", PATIENT).build();
        DocumentEntry own = SampleData.documentEntry("Document02", PATIENT).build();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        contents.put("Document01", SampleData.content("the same bytes"));
        contents.put("Document02", SampleData.content("hers only"));
        assertThat(node.at("09:00").provide(DR_BERNARD, SampleData.submission(PATIENT, List.of(shared, own)),
                contents)).isEqualTo(Outcome.SUCCESS);
        DocumentEntry others = SampleData.documentEntry("Document01", OTHER_PATIENT).build();
        assertThat(node.provide(DR_BERNARD, SampleData.submission(OTHER_PATIENT, List.of(others)),
                Map.of("Document01", SampleData.content("the same bytes")))).isEqualTo(Outcome.SUCCESS);
        sharedReport = shared.uniqueId();
        ownReport = own.uniqueId();
        othersReport = others.uniqueId();
        // an emergency access leaves a notification to the patient
        assertThat(node.at("10:00").findDocuments(DR_LEROY, PATIENT).getRegistryObjectList().getIdentifiable())
                .isNotEmpty();

        assertThat(node.at("12:00").api("POST", ScriptedNode.dossier(PATIENT, "/close"), "patient", null)
                .statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_dossier_closed_for_longer_than_the_retention_period_is_erased_and_nothing_else() throws Exception {
        Map<String, Long> before = countsFor(PATIENT_KEY);
        Map<String, Long> othersBefore = countsFor(OTHER_PATIENT_KEY);
        assertThat(before).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(storedFiles()).hasSize(2);

        assertThat(node.on(tenYearsAfterClosing().minusSeconds(1)).purge(10)).as("one second early").isZero();
        assertThat(countsFor(PATIENT_KEY)).isEqualTo(before);

        assertThat(node.on(tenYearsAfterClosing().plusSeconds(1)).purge(10)).isEqualTo(1);

        assertThat(countsFor(PATIENT_KEY)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(countsFor(OTHER_PATIENT_KEY)).isEqualTo(othersBefore);
        for (String child : List.of("document_code", "document_author", "document_reference_id")) {
            assertThat(count("SELECT COUNT(*) FROM " + child + " WHERE entry_uuid NOT IN (SELECT uuid FROM "
                    + "document_entry)")).as("rows of erased entries in " + child).isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM submission_set_author WHERE submission_set_uuid NOT IN "
                + "(SELECT uuid FROM submission_set)")).isZero();
        // the repository: her rows go, and the bytes only she had; the bytes the other patient shares stay
        assertThat(repositoryRows()).containsExactly(othersReport);
        assertThat(storedFiles()).hasSize(1);
        assertThat(node.retrieve(ANOTHER_PATIENT, othersReport).getDocumentResponse()).singleElement()
                .satisfies(d -> assertThat(d.getDocument()).isEqualTo(SampleData.content("the same bytes")));
        // the audit trail keeps the traces, and tells the purge
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE patient_key = '" + PATIENT_KEY + "' AND action = "
                + "'PURGE' AND actor_id = 'carnet-retention' AND outcome = 'SUCCESS'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE patient_key = '" + PATIENT_KEY + "'"))
                .isGreaterThan(5);
        // the patient may open a new dossier
        assertThat(node.api("POST", "/api/dossiers", "patient", null).statusCode()).isEqualTo(201);
        // and a second purge finds nothing more to do
        assertThat(node.purge(10)).isZero();
    }

    @Test
    void a_reopened_dossier_is_kept() throws Exception {
        assertThat(node.on(CLOSED.plusSeconds(3600)).api("POST", ScriptedNode.dossier(PATIENT, "/reopen"), "patient",
                null).statusCode()).isEqualTo(200);
        Map<String, Long> before = countsFor(PATIENT_KEY);

        assertThat(node.on(tenYearsAfterClosing().plusSeconds(86_400)).purge(10)).isZero();

        assertThat(countsFor(PATIENT_KEY)).isEqualTo(before);
        assertThat(repositoryRows()).containsExactlyInAnyOrder(sharedReport, ownReport, othersReport);
    }

    @Test
    void a_dossier_reopened_after_it_was_listed_is_kept_and_the_trace_says_so() throws Exception {
        Instant cutoff = CLOSED.plusSeconds(1);
        assertThat(node.on(CLOSED.plusSeconds(3600)).api("POST", ScriptedNode.dossier(PATIENT, "/reopen"), "patient",
                null).statusCode()).isEqualTo(200);
        Map<String, Long> before = countsFor(PATIENT_KEY);

        assertThat(node.purger(10).erase(PATIENT_KEY, cutoff)).isFalse();

        assertThat(countsFor(PATIENT_KEY)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE patient_key = '" + PATIENT_KEY + "' AND action = "
                + "'PURGE' AND outcome = 'FAILURE' AND error_codes = 'NOT_EXPIRED'")).isEqualTo(1);
    }

    private static Instant tenYearsAfterClosing() {
        return CLOSED.atOffset(ZoneOffset.UTC).plusYears(10).toInstant();
    }

    private Map<String, Long> countsFor(String patientKey) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : PATIENT_TABLES) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table + " WHERE patient_key = '" + patientKey + "'"));
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = node.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> repositoryRows() throws SQLException {
        try (Connection c = node.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT unique_id FROM repository_document ORDER BY unique_id");
             ResultSet rs = s.executeQuery()) {
            List<String> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("documents").resolve("objects"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
