package org.carnet.audit.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.audit.testing.SampleEvents.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carnet.audit.testing.AuditView.ObjectView;
import org.carnet.audit.testing.AuditView.Participant;
import org.carnet.audit.testing.AuditView;
import org.carnet.common.access.AccessDeniedException;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message of each transaction, checked field by field against ITI TF-2 ("Security Considerations" of each
 * transaction, the Document Registry's or Document Repository's audit message) and validated against the DICOM
 * schema.
 */
class TransactionMessagesTest {
    private static final String SOURCE = "110153|DCM|Source Role ID";
    private static final String DESTINATION = "110152|DCM|Destination Role ID";
    private static final String DOCTOR_ROLE = "10|1.2.250.1.71.1.2.7|Médecin";
    private static final String PATIENT_ID_TYPE = "2|RFC-3881|Patient Number";
    private static final String REPORT_NUMBER = "9|RFC-3881|Report Number";

    private final TransactionMessages messages = new TransactionMessages(node(), Set.of(ACCESS_DENIED));

    private AuditView only(TransactionEvent event) {
        List<AuditMessage> produced = messages.of(event);
        assertThat(produced).hasSize(1);
        return AuditView.of(AuditXml.toBytes(produced.get(0)));
    }

    @ParameterizedTest
    @EnumSource(Transaction.class)
    void every_transaction_gives_one_valid_message_on_success_and_on_failure(Transaction t) {
        assertThat(only(success(t, doctor())).outcome()).isEqualTo("0");
        assertThat(only(refused(t, doctor(), "XDSRegistryMetadataError")).outcome()).isEqualTo("4");
        assertThat(only(internalError(t, labEngine())).outcome()).isEqualTo("8");
    }

    @Test
    void iti41_is_an_import_by_the_repository_with_patient_and_submission_set() {
        AuditView m = only(success(Transaction.ITI_41, doctor()));

        assertThat(m.eventId()).isEqualTo("110107|DCM|Import");
        assertThat(m.action()).isEqualTo("C");
        assertThat(m.dateTime()).isEqualTo("2026-11-24T09:15:00.250Z");
        assertThat(m.typeCodes()).containsExactly("ITI-41|IHE Transactions|Provide and Register Document Set-b");
        assertThat(m.purposesOfUse()).containsExactly("normal|1.2.250.1.213.1.1.4.248|normal");
        assertThat(m.auditSourceId()).isEqualTo("carnet-test");
        assertThat(m.participants()).containsExactly(
                new Participant("http://www.w3.org/2005/08/addressing/anonymous", null, null, true, List.of(SOURCE),
                        "10.1.2.3", "2"),
                new Participant(REPOSITORY_URL, "4242", null, false, List.of(DESTINATION), "node.example", "1"),
                new Participant("810001234567", null, "MARTIN Alice", true, List.of(DOCTOR_ROLE), null, null));
        assertThat(m.objects()).containsExactly(
                new ObjectView(PATIENT, "1", "1", null, PATIENT_ID_TYPE, null, Map.of()),
                new ObjectView(SUBMISSION_SET, "2", "20", null,
                        "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd|IHE XDS Metadata|submission set classificationNode",
                        null, Map.of()));
        assertThat(m.outcomeDescription()).isNull();
    }

    @Test
    void iti42_is_an_import_by_the_registry() {
        AuditView m = only(success(Transaction.ITI_42, labEngine()));

        assertThat(m.eventId()).isEqualTo("110107|DCM|Import");
        assertThat(m.action()).isEqualTo("C");
        assertThat(m.typeCodes()).containsExactly("ITI-42|IHE Transactions|Register Document Set-b");
        // a system caller: no human requestor, its name on the source participant, no purpose of use
        assertThat(m.participants()).containsExactly(
                new Participant("http://www.w3.org/2005/08/addressing/anonymous", null, "lab-engine", true,
                        List.of(SOURCE), "10.1.2.4", "2"),
                new Participant(REGISTRY_URL, "4242", null, false, List.of(DESTINATION), "node.example", "1"));
        assertThat(m.purposesOfUse()).isEmpty();
        assertThat(m.objects()).extracting(ObjectView::id).containsExactly(PATIENT, SUBMISSION_SET);
    }

    @Test
    void iti18_is_a_query_with_the_stored_query_id_as_query_object() {
        AuditView m = only(success(Transaction.ITI_18, doctor()));

        assertThat(m.eventId()).isEqualTo("110112|DCM|Query");
        assertThat(m.action()).isEqualTo("E");
        assertThat(m.typeCodes()).containsExactly("ITI-18|IHE Transactions|Registry Stored Query");
        assertThat(m.participants()).extracting(Participant::roles)
                .containsExactly(List.of(SOURCE), List.of(DESTINATION), List.of(DOCTOR_ROLE));
        assertThat(m.objects()).containsExactly(
                new ObjectView(PATIENT, "1", "1", null, PATIENT_ID_TYPE, null, Map.of()),
                new ObjectView(FIND_DOCUMENTS, "2", "24", null, "ITI-18|IHE Transactions|Registry Stored Query",
                        FIND_DOCUMENTS, Map.of("QueryEncoding", "UTF-8")));
    }

    @Test
    void iti51_is_a_multi_patient_query() {
        AuditView m = only(success(Transaction.ITI_51, doctor()));

        assertThat(m.eventId()).isEqualTo("110112|DCM|Query");
        assertThat(m.typeCodes()).containsExactly("ITI-51|IHE Transactions|Multi-Patient Stored Query");
        assertThat(m.objects()).extracting(ObjectView::idType)
                .containsExactly(PATIENT_ID_TYPE, "ITI-51|IHE Transactions|Multi-Patient Stored Query");
    }

    @Test
    void iti43_is_an_export_where_the_repository_is_the_source() {
        AuditView m = only(success(Transaction.ITI_43, doctor()));

        assertThat(m.eventId()).isEqualTo("110106|DCM|Export");
        assertThat(m.action()).isEqualTo("R");
        assertThat(m.typeCodes()).containsExactly("ITI-43|IHE Transactions|Retrieve Document Set");
        assertThat(m.participants()).containsExactly(
                new Participant(REPOSITORY_URL, "4242", null, false, List.of(SOURCE), "node.example", "1"),
                new Participant("http://www.w3.org/2005/08/addressing/anonymous", null, null, true,
                        List.of(DESTINATION), "10.1.2.3", "2"),
                new Participant("810001234567", null, "MARTIN Alice", true, List.of(DOCTOR_ROLE), null, null));
        assertThat(m.objects()).containsExactly(
                new ObjectView(PATIENT, "1", "1", null, PATIENT_ID_TYPE, null, Map.of()),
                new ObjectView(DOCUMENT_1, "2", "3", null, REPORT_NUMBER, null,
                        Map.of("Repository Unique Id", REPOSITORY)),
                new ObjectView(DOCUMENT_2, "2", "3", null, REPORT_NUMBER, null,
                        Map.of("Repository Unique Id", REPOSITORY)));
    }

    @Test
    void iti43_partial_success_is_a_minor_failure_naming_the_error_codes() {
        TransactionEvent ok = success(Transaction.ITI_43, doctor());
        AuditView m = only(new TransactionEvent(Transaction.ITI_43, TransactionEvent.Outcome.PARTIAL_SUCCESS,
                ok.caller(), START, END, PATIENT, null, ok.documentIds(), null, null,
                List.of("XDSDocumentUniqueIdError"), null));

        assertThat(m.outcome()).isEqualTo("4");
        assertThat(m.outcomeDescription()).isEqualTo("XDSDocumentUniqueIdError");
    }

    @Test
    void iti57_is_a_patient_record_update_and_names_the_dmp_operation() {
        TransactionEvent ok = success(Transaction.ITI_57, doctor());
        AuditView m = only(new TransactionEvent(Transaction.ITI_57, ok.outcome(), ok.caller(), START, END, PATIENT,
                SUBMISSION_SET, List.of(DOCUMENT_1), null, "MASK", List.of(), null));

        assertThat(m.eventId()).isEqualTo("110110|DCM|Patient Record");
        assertThat(m.action()).isEqualTo("U");
        assertThat(m.typeCodes()).containsExactly("ITI-57|IHE Transactions|Update Document Set",
                "MASK|Carnet DMP operations|MASK");
        assertThat(m.objects()).extracting(ObjectView::id).containsExactly(PATIENT, SUBMISSION_SET);
    }

    @Test
    void iti62_deletes_registry_objects_named_by_reference() {
        AuditView m = only(success(Transaction.ITI_62, labEngine()));

        assertThat(m.eventId()).isEqualTo("110110|DCM|Patient Record");
        assertThat(m.action()).isEqualTo("D");
        assertThat(m.typeCodes()).containsExactly("ITI-62|IHE Transactions|Delete Document Set");
        assertThat(m.objects()).containsExactly(
                new ObjectView(PATIENT, "1", "1", null, PATIENT_ID_TYPE, null, Map.of()),
                new ObjectView("urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1", "2", "3", null,
                        "urn:ihe:iti:2017:ObjectRef|IHE XDS Metadata|registry object reference", null, Map.of()));
    }

    @Test
    void iti86_deletes_documents_of_this_repository() {
        AuditView m = only(success(Transaction.ITI_86, labEngine()));

        assertThat(m.eventId()).isEqualTo("110110|DCM|Patient Record");
        assertThat(m.action()).isEqualTo("D");
        assertThat(m.typeCodes()).containsExactly("ITI-86|IHE Transactions|Remove Documents");
        assertThat(m.participants()).extracting(Participant::userId)
                .containsExactly("http://www.w3.org/2005/08/addressing/anonymous", REPOSITORY_URL);
        assertThat(m.objects()).extracting(ObjectView::id, ObjectView::idType).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PATIENT, PATIENT_ID_TYPE),
                org.assertj.core.groups.Tuple.tuple(DOCUMENT_1, REPORT_NUMBER),
                org.assertj.core.groups.Tuple.tuple(DOCUMENT_2, REPORT_NUMBER));
    }

    @Test
    void a_dossier_operation_is_a_patient_record_event_typed_by_the_operation() {
        AuditView opened = only(success(Transaction.DOSSIER, patient()));

        assertThat(opened.eventId()).isEqualTo("110110|DCM|Patient Record");
        assertThat(opened.action()).isEqualTo("C");
        assertThat(opened.typeCodes()).containsExactly("OPEN|Carnet DMP operations|OPEN");
        // the patient acting on their own dossier is the human requestor, with no role and no purpose of use
        assertThat(opened.participants()).containsExactly(
                new Participant("http://www.w3.org/2005/08/addressing/anonymous", null, null, true, List.of(SOURCE),
                        "192.0.2.7", "2"),
                new Participant(API_URL, "4242", null, false, List.of(DESTINATION), "node.example", "1"),
                new Participant(PATIENT, null, "DUPONT Jeanne", true, List.of(), null, null));
        assertThat(opened.purposesOfUse()).isEmpty();
        assertThat(opened.objects()).extracting(ObjectView::id).containsExactly(PATIENT);
    }

    @Test
    void dossier_operations_map_to_event_action_codes() {
        assertThat(TransactionMessages.dossierAction("OPEN")).isEqualTo(EventAction.CREATE);
        assertThat(TransactionMessages.dossierAction("READ")).isEqualTo(EventAction.READ);
        assertThat(TransactionMessages.dossierAction("LIST_AUTHORISATIONS")).isEqualTo(EventAction.READ);
        assertThat(TransactionMessages.dossierAction("DELETE")).isEqualTo(EventAction.DELETE);
        assertThat(TransactionMessages.dossierAction("PURGE")).isEqualTo(EventAction.DELETE);
        assertThat(TransactionMessages.dossierAction("CLOSE")).isEqualTo(EventAction.UPDATE);
        assertThat(TransactionMessages.dossierAction("AUTHORISE")).isEqualTo(EventAction.UPDATE);
        assertThat(TransactionMessages.dossierAction(null)).isEqualTo(EventAction.EXECUTE);
    }

    @Test
    void emergency_access_is_flagged_by_purpose_of_use_and_an_emergency_override_event_type() {
        AuditView m = only(success(Transaction.ITI_43, emergencyDoctor()));

        assertThat(m.typeCodes()).containsExactly("ITI-43|IHE Transactions|Retrieve Document Set",
                "110127|DCM|Emergency Override Started");
        assertThat(m.purposesOfUse()).containsExactly("bris_de_glace|1.2.250.1.213.1.1.4.248|bris_de_glace");
    }

    @Test
    void an_internal_error_is_a_serious_failure_with_codes_and_error_id_only() {
        AuditView m = only(internalError(Transaction.ITI_18, doctor()));

        assertThat(m.outcome()).isEqualTo("8");
        assertThat(m.outcomeDescription()).isEqualTo("XDSRegistryError (error id 5f0c-err)");
    }

    @Test
    void access_denied_gives_the_failed_transaction_and_a_security_alert() {
        List<AuditMessage> produced = messages.of(refused(Transaction.ITI_43, doctor(), ACCESS_DENIED));

        assertThat(produced).hasSize(2);
        AuditView transaction = AuditView.of(AuditXml.toBytes(produced.get(0)));
        assertThat(transaction.eventId()).isEqualTo("110106|DCM|Export");
        assertThat(transaction.outcome()).isEqualTo("4");
        assertThat(transaction.outcomeDescription()).isEqualTo(ACCESS_DENIED);

        AuditView alert = AuditView.of(AuditXml.toBytes(produced.get(1)));
        assertThat(alert.eventId()).isEqualTo("110113|DCM|Security Alert");
        assertThat(alert.action()).isEqualTo("E");
        assertThat(alert.outcome()).isEqualTo("4");
        assertThat(alert.typeCodes()).containsExactly("110132|DCM|Use of Restricted Function");
        assertThat(alert.participants()).containsExactly(
                new Participant(REPOSITORY_URL, "4242", null, false, List.of("110150|DCM|Application"),
                        "node.example", "1"),
                new Participant("http://www.w3.org/2005/08/addressing/anonymous", null, null, true, List.of(),
                        "10.1.2.3", "2"),
                new Participant("810001234567", null, "MARTIN Alice", true, List.of(DOCTOR_ROLE), null, null));
        assertThat(alert.objects()).containsExactly(
                new ObjectView(REPOSITORY_URL, "2", "13", null, "12|RFC-3881|URI", null,
                        Map.of("Alert Description", "ITI-43 refused: " + ACCESS_DENIED)),
                new ObjectView(PATIENT, "1", "1", null, PATIENT_ID_TYPE, null, Map.of()));
    }

    @Test
    void a_soap_refusal_by_the_access_rules_is_told_by_its_action() {
        TransactionEvent refused = new TransactionEvent(Transaction.ITI_18, TransactionEvent.Outcome.FAILURE,
                doctor(), START, END, PATIENT, null, List.of(), null, AccessDeniedException.ACTION,
                List.of("XDSRegistryError"), null);

        List<AuditMessage> produced = messages.of(refused);

        assertThat(produced).hasSize(2);
        assertThat(AuditView.of(AuditXml.toBytes(produced.get(1))).eventId())
                .isEqualTo("110113|DCM|Security Alert");
    }

    @Test
    void a_refused_authentication_gives_the_failed_transaction_and_a_failed_login() {
        TransactionEvent refused = new TransactionEvent(Transaction.ITI_18, TransactionEvent.Outcome.FAILURE,
                org.carnet.common.access.Caller.system("unauthenticated", "10.9.8.7"), START, END, null, null,
                List.of(), null, TransactionMessages.AUTHENTICATION_FAILED, List.of("FailedAuthentication"), null);

        List<AuditMessage> produced = messages.of(refused);

        assertThat(produced).hasSize(2);
        AuditView transaction = AuditView.of(AuditXml.toBytes(produced.get(0)));
        assertThat(transaction.eventId()).isEqualTo("110112|DCM|Query");
        assertThat(transaction.outcome()).isEqualTo("4");
        assertThat(transaction.typeCodes()).containsExactly("ITI-18|IHE Transactions|Registry Stored Query",
                "AUTHENTICATION_FAILED|Carnet DMP operations|AUTHENTICATION_FAILED");
        AuditView login = AuditView.of(AuditXml.toBytes(produced.get(1)));
        assertThat(login.eventId()).isEqualTo("110114|DCM|User Authentication");
        assertThat(login.action()).isEqualTo("E");
        assertThat(login.outcome()).isEqualTo("4");
        assertThat(login.typeCodes()).containsExactly("110122|DCM|Login");
        assertThat(login.outcomeDescription()).isEqualTo("FailedAuthentication");
        assertThat(login.participants()).containsExactly(
                new Participant("unauthenticated", null, null, true, List.of(), "10.9.8.7", "2"),
                new Participant(REGISTRY_URL, "4242", null, false, List.of("110150|DCM|Application"),
                        "node.example", "1"));
    }

    @Test
    void several_dmp_operations_are_several_event_type_codes() {
        TransactionEvent ok = success(Transaction.ITI_57, doctor());
        AuditView m = only(new TransactionEvent(Transaction.ITI_57, ok.outcome(), ok.caller(), START, END, PATIENT,
                SUBMISSION_SET, List.of(), null, "MASK,ARCHIVE", List.of(), null));

        assertThat(m.typeCodes()).containsExactly("ITI-57|IHE Transactions|Update Document Set",
                "MASK|Carnet DMP operations|MASK", "ARCHIVE|Carnet DMP operations|ARCHIVE");
    }

    @Test
    void a_refusal_that_is_not_an_access_denial_gives_no_security_alert() {
        assertThat(messages.of(refused(Transaction.ITI_43, doctor(), "XDSDocumentUniqueIdError"))).hasSize(1);
    }

    @Test
    void values_that_xml_cannot_carry_are_replaced_and_markup_is_escaped() {
        String hostile = "\"><AuditMessage a='1'>&amp;\u0001\u0007^^^&1.2.3&ISO";
        TransactionEvent ok = success(Transaction.ITI_42, labEngine());
        AuditView m = only(new TransactionEvent(Transaction.ITI_42, ok.outcome(), ok.caller(), START, END, hostile,
                "line1\nline2", List.of(), null, null, List.of(), null));

        assertThat(m.objects()).extracting(ObjectView::id).containsExactly(
                "\"><AuditMessage a='1'>&amp;\uFFFD\uFFFD^^^&1.2.3&ISO", "line1 line2");
        assertThat(new String(AuditXml.toBytes(messages.of(ok).get(0)), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("\n");
    }
}
