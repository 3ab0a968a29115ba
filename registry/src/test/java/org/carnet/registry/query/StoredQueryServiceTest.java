package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.SampleData.REPOSITORY_ID;
import static org.carnet.common.StoredQueryRequests.APPROVED;
import static org.carnet.common.StoredQueryRequests.FIND_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.GET_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.JAXBElement;

import org.carnet.common.SampleData;
import org.carnet.common.ebrim.DocumentEntryMapper;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.ObjectRefType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ITI-18 FindDocuments and GetDocuments over a small registry: two patients, documents with different class
 * codes, type codes and creation times. Each test asserts the exact set of documents returned.
 */
class StoredQueryServiceTest {

    private final TestRegistry registry = new TestRegistry(3).open(PATIENT).open(OTHER_PATIENT);
    private DocumentEntry report2010;
    private DocumentEntry lab2015;
    private DocumentEntry imaging2020;
    private DocumentEntry otherPatients;

    @BeforeEach
    void fill() {
        report2010 = register(PATIENT, SampleData.documentEntry("Document01", PATIENT).creationTime("20100319194535"));
        lab2015 = register(PATIENT, SampleData.documentEntry("Document01", PATIENT).creationTime("2015")
                .classCode(new Code("11", "1.2.250.1.213.1.1.4.1", "Synthèse")));
        imaging2020 = register(PATIENT, SampleData.documentEntry("Document01", PATIENT).creationTime("20200101")
                .typeCode(new Code("18748-4", "2.16.840.1.113883.6.1", "CR d'imagerie")));
        otherPatients = register(OTHER_PATIENT, SampleData.documentEntry("Document01", OTHER_PATIENT));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private DocumentEntry register(String patient, DocumentEntry.Builder entry) {
        DocumentEntry de = entry.hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                .repositoryUniqueId(REPOSITORY_ID).build();
        Submission done = registry.register.register(SubmissionMapper.toEbRim(SampleData.submission(patient,
                List.of(de))), TestRegistry.CALLER, Profile.ITI_42, new TransactionContext());
        return done.documentEntries().get(0);
    }

    private AdhocQueryResponse run(AdhocQueryRequest request) {
        return registry.queries.query(request, TestRegistry.CALLER, new TransactionContext());
    }

    private List<String> uniqueIds(AdhocQueryResponse response) {
        List<String> ids = new ArrayList<>();
        for (JAXBElement<? extends IdentifiableType> e : response.getRegistryObjectList().getIdentifiable()) {
            ids.add(DocumentEntryMapper.fromEbRim((ExtrinsicObjectType) e.getValue(), new ErrorList()).uniqueId());
        }
        return ids;
    }

    private List<String> findDocuments(String... extra) {
        List<String> slots = new ArrayList<>(List.of("$XDSDocumentEntryPatientId", "'" + PATIENT + "'",
                "$XDSDocumentEntryStatus", APPROVED));
        slots.addAll(List.of(extra));
        return uniqueIds(run(request(FIND_DOCUMENTS, "LeafClass", slots.toArray(String[]::new))));
    }

    @Test
    void findDocumentsReturnsThePatientsApprovedDocumentsOnly() {
        assertThat(findDocuments()).containsExactlyInAnyOrder(report2010.uniqueId(), lab2015.uniqueId(),
                imaging2020.uniqueId());
    }

    @Test
    void findDocumentsMatchesThePatientWhateverTheTypeCodeComponent() {
        AdhocQueryResponse response = run(request(FIND_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryPatientId", "'248039263001064^^^&1.2.250.1.213.1.4.10&ISO'",
                "$XDSDocumentEntryStatus", APPROVED));

        assertThat(uniqueIds(response)).hasSize(3);
    }

    @Test
    void findDocumentsFiltersByClassCode() {
        assertThat(findDocuments("$XDSDocumentEntryClassCode", "('11^^1.2.250.1.213.1.1.4.1')"))
                .containsExactly(lab2015.uniqueId());
    }

    @Test
    void classCodesInOneSlotAreOred() {
        assertThat(findDocuments("$XDSDocumentEntryClassCode",
                "('11^^1.2.250.1.213.1.1.4.1','10^^1.2.250.1.213.1.1.4.1')")).hasSize(3);
    }

    @Test
    void findDocumentsFiltersByTypeCode() {
        assertThat(findDocuments("$XDSDocumentEntryTypeCode", "('18748-4^^2.16.840.1.113883.6.1')"))
                .containsExactly(imaging2020.uniqueId());
    }

    @Test
    void creationTimeFromIsInclusiveAndToIsExclusive() {
        assertThat(findDocuments("$XDSDocumentEntryCreationTimeFrom", "2015",
                "$XDSDocumentEntryCreationTimeTo", "20200101"))
                .containsExactly(lab2015.uniqueId());
    }

    @Test
    void deprecatedStatusAloneFindsNothing() {
        AdhocQueryResponse response = run(request(FIND_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryPatientId", "'" + PATIENT + "'",
                "$XDSDocumentEntryStatus", "('urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated')"));

        assertThat(response.getStatus()).isEqualTo("urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success");
        assertThat(response.getRegistryObjectList().getIdentifiable()).isEmpty();
    }

    @Test
    void leafClassCarriesTheStoredMetadataAndWhatTheRegistryAdded() {
        AdhocQueryResponse response = run(request(GET_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryUniqueId", "('" + report2010.uniqueId() + "')"));

        ExtrinsicObjectType eo = (ExtrinsicObjectType) response.getRegistryObjectList().getIdentifiable().get(0)
                .getValue();
        DocumentEntry returned = DocumentEntryMapper.fromEbRim(eo, new ErrorList());
        assertThat(returned).isEqualTo(report2010);
        assertThat(returned.availabilityStatus()).isEqualTo("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved");
        assertThat(returned.extraSlots()).extracting(s -> s.name()).containsExactly("urn:carnet:test:extra");
    }

    @Test
    void objectRefReturnsTheEntryUuidsOnly() {
        AdhocQueryResponse response = run(request(FIND_DOCUMENTS, "ObjectRef",
                "$XDSDocumentEntryPatientId", "'" + PATIENT + "'", "$XDSDocumentEntryStatus", APPROVED));

        assertThat(response.getRegistryObjectList().getIdentifiable())
                .extracting(e -> ((ObjectRefType) e.getValue()).getId())
                .containsExactlyInAnyOrder(report2010.entryUuid(), lab2015.entryUuid(), imaging2020.entryUuid());
    }

    @Test
    void getDocumentsByEntryUuid() {
        AdhocQueryResponse response = run(request(GET_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryEntryUUID", "('" + lab2015.entryUuid() + "','" + imaging2020.entryUuid() + "')"));

        assertThat(uniqueIds(response)).containsExactlyInAnyOrder(lab2015.uniqueId(), imaging2020.uniqueId());
    }

    @Test
    void getDocumentsSpanningTwoPatientsIsRefused() {
        assertThatThrownBy(() -> run(request(GET_DOCUMENTS, "LeafClass", "$XDSDocumentEntryUniqueId",
                "('" + report2010.uniqueId() + "','" + otherPatients.uniqueId() + "')")))
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESULT_NOT_SINGLE_PATIENT));
    }

    @Test
    void getDocumentsWithBothUuidAndUniqueIdIsAParamNumberError() {
        assertThatThrownBy(() -> run(request(GET_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryEntryUUID", "('" + lab2015.entryUuid() + "')",
                "$XDSDocumentEntryUniqueId", "('" + lab2015.uniqueId() + "')")))
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER));
    }

    @Test
    void missingPatientIdIsAMissingParam() {
        assertThatThrownBy(() -> run(request(FIND_DOCUMENTS, "LeafClass", "$XDSDocumentEntryStatus", APPROVED)))
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM));
    }

    @Test
    void codeWithoutSchemeFailsTheQuery() {
        assertThatThrownBy(() -> findDocuments("$XDSDocumentEntryClassCode", "('11')"))
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REGISTRY_ERROR));
    }

    @Test
    void unknownQueryIdIsAnUnknownStoredQuery() {
        assertThatThrownBy(() -> run(request("urn:uuid:00000000-0000-0000-0000-000000000000", "LeafClass")))
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_STORED_QUERY));
    }

    @Test
    void moreResultsThanTheCapIsTooManyResults() {
        register(PATIENT, SampleData.documentEntry("Document01", PATIENT));

        assertThatThrownBy(this::findDocuments)
                .isInstanceOfSatisfying(XdsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_RESULTS));
    }

    /** The patient whose record a query consulted, as the transaction event tells the audit trail. */
    private String notedPatient(AdhocQueryRequest request) {
        List<TransactionEvent> events = new ArrayList<>();
        new Transactions(events::add, Clock.systemUTC()).run(Transaction.ITI_18, TestRegistry.CALLER,
                ErrorCode.REGISTRY_ERROR, tx -> registry.queries.query(request, TestRegistry.CALLER, tx),
                failure -> null);
        assertThat(events).hasSize(1);
        return events.get(0).patientKey();
    }

    @Test
    void aQueryNotesThePatientItNamesEvenWhenItFindsNothing() {
        String key = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";

        assertThat(notedPatient(request(FIND_DOCUMENTS, "LeafClass", "$XDSDocumentEntryPatientId",
                "'" + PATIENT + "'", "$XDSDocumentEntryStatus", APPROVED))).isEqualTo(key);
        assertThat(notedPatient(request(FIND_DOCUMENTS, "LeafClass", "$XDSDocumentEntryPatientId",
                "'" + PATIENT + "'", "$XDSDocumentEntryStatus",
                "('urn:asip:ci-sis:2010:StatusType:Archived')"))).isEqualTo(key);
    }

    @Test
    void aQueryByIdsNotesThePatientOfWhatItFound() {
        assertThat(notedPatient(request(GET_DOCUMENTS, "LeafClass", "$XDSDocumentEntryUniqueId",
                "('" + otherPatients.uniqueId() + "')"))).isEqualTo("179105613712345^^^&1.2.250.1.213.1.4.10&ISO");
        assertThat(notedPatient(request(GET_DOCUMENTS, "ObjectRef", "$XDSDocumentEntryUniqueId",
                "('" + report2010.uniqueId() + "','" + otherPatients.uniqueId() + "')"))).isNull();
        assertThat(notedPatient(request(GET_DOCUMENTS, "LeafClass", "$XDSDocumentEntryUniqueId",
                "('1.2.3.404')"))).isNull();
    }
}
