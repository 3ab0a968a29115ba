package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.StoredQueryRequests.request;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_APND;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.registry.query.QueryFixture.APPROVED;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.access.ConsultScope;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.AuthorisationMatrix;
import org.assertj.core.api.Condition;
import org.carnet.registry.QueryPlan;
import org.carnet.registry.TestRegistry;
import org.carnet.registry.access.DossierAccessPolicy;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.StoredObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plans the database (H2, or PostgreSQL: see {@link QueryPlan}) makes for the stored queries' SQL as the service
 * runs it (select list, the caller's scope, ordering and row limit included): a patient's documents are read through
 * the index on {@code (patient_key, status, creation_time)}, and no selection, follow-ups included, scans a whole
 * table.
 */
class QueryPlanTest {
    private final QueryFixture fx = new QueryFixture();

    /** Whose scope the plans are made with: a system by default. */
    private Caller caller = TestRegistry.CALLER;

    @AfterEach
    void close() {
        fx.close();
    }

    /** The plans of the query's selections and of its follow-up over {@code found}, in that order. */
    private static final Condition<QueryPlan> SCANNING_A_TABLE = new Condition<>(QueryPlan::scansATable,
            "scanning a whole table");

    private static Condition<QueryPlan> readingIndex(String index) {
        return new Condition<>(plan -> plan.readsIndex(index), "reading index " + index + " by a condition");
    }

    private List<QueryPlan> plans(StoredQuery query, List<StoredObject> found, String... nameValues)
            throws SQLException {
        QueryParameters params = QueryParameters.parse(request("urn:uuid:plan", "LeafClass", nameValues)
                .getAdhocQuery().getSlot());
        ConsultScope scope = DossierAccessPolicy.of(fx.registry.database, AuthorisationMatrix.defaults(),
                Clock.systemUTC()).consultScope(caller);
        List<StoredQuery.Selection> selections = new ArrayList<>(query.select(params, scope));
        selections.addAll(query.followUp(params, scope, found));
        List<QueryPlan> plans = new ArrayList<>();
        for (StoredQuery.Selection selection : selections) {
            plans.add(QueryPlan.of(fx.registry.database,
                    StoredQueryService.sql(selection, scope, MetadataLevel.ONE, true, 1001)));
        }
        return plans;
    }

    private List<StoredObject> found() {
        return List.of(object(ObjectKind.SUBMISSION_SET, fx.ss1.submissionSet().entryUuid()),
                object(ObjectKind.DOCUMENT_ENTRY, fx.report.entryUuid()),
                object(ObjectKind.DOCUMENT_ENTRY, fx.replacement.entryUuid()),
                object(ObjectKind.FOLDER, fx.diabetes.entryUuid()));
    }

    private static StoredObject object(ObjectKind kind, String uuid) {
        return new StoredObject(kind, uuid, null, null, null);
    }

    @Test
    void findDocumentsReadsThePatientIndex() throws SQLException {
        assertThat(plans(new FindDocuments(), List.of(), "$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", APPROVED))
                .singleElement().is(readingIndex("document_entry_patient"));
    }

    @Test
    void findDocumentsWithEveryKindOfFilterStillReadsThePatientIndex() throws SQLException {
        assertThat(plans(new FindDocuments(), List.of(), "$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", APPROVED, "$XDSDocumentEntryClassCode", list("10^^1.2.250.1.213.1.1.4.1"),
                "$XDSDocumentEntryEventCodeList", list("GENERAL^^1.2.250.1.213.1.1.4.99"),
                "$XDSDocumentEntryCreationTimeFrom", "2010", "$XDSDocumentEntryAuthorPerson", list("%LIBRE%")))
                .singleElement().is(readingIndex("document_entry_patient"));
    }

    @Test
    void multiPatientQueriesWithoutPatientReadTheCodeIndexes() throws SQLException {
        assertThat(plans(new FindDocumentsForMultiplePatients(), List.of(), "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryClassCode", list("10^^1.2.250.1.213.1.1.4.1")))
                .singleElement().is(readingIndex("document_code_value"));
        assertThat(plans(new FindFoldersForMultiplePatients(), List.of(), "$XDSFolderStatus", APPROVED,
                "$XDSFolderCodeList", list("DIAB^^1.2.250.1.999.4")))
                .singleElement().is(readingIndex("folder_code_value"));
    }

    @Test
    void noSelectionScansATable() throws SQLException {
        assertThat(everyQueryPlan()).hasSize(31).areNot(SCANNING_A_TABLE);
    }

    /** A professional's scope reads the dossier and standing tables by key, in emergency mode as in normal. */
    @Test
    void aProfessionalsScopeScansNoTableEither() throws SQLException {
        for (AccessMode mode : AccessMode.values()) {
            caller = new Caller(Actor.professional("810000000002", "60", null, "499900000002001"), "nurse", mode,
                    null, "499900000002001", "192.0.2.1");
            assertThat(everyQueryPlan()).as(mode.code()).hasSize(31).areNot(SCANNING_A_TABLE);
        }
        assertThat(plans(new FindDocuments(), List.of(), "$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", APPROVED))
                .singleElement().is(readingIndex("document_entry_patient"));
    }

    private List<QueryPlan> everyQueryPlan() throws SQLException {
        List<QueryPlan> plans = new ArrayList<>();
        plans.addAll(plans(new FindDocumentsByReferenceId(), List.of(), "$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", APPROVED, "$XDSDocumentEntryReferenceIdList", list(QueryFixture.ACCESSION)));
        plans.addAll(plans(new FindDocumentsForMultiplePatients(), List.of(), "$XDSDocumentEntryPatientId",
                list(PATIENT, OTHER_PATIENT), "$XDSDocumentEntryStatus", APPROVED));
        plans.addAll(plans(new FindDocumentsForMultiplePatients(), List.of(), "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryEventCodeList", list("GENERAL^^1.2.250.1.213.1.1.4.99")));
        plans.addAll(plans(new FindDocumentsForMultiplePatients(), List.of(), "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryHealthcareFacilityTypeCode", list("SA01^^1.2.250.1.71.4.2.4")));
        plans.addAll(plans(new FindSubmissionSets(), List.of(), "$XDSSubmissionSetPatientId", quoted(PATIENT),
                "$XDSSubmissionSetStatus", APPROVED, "$XDSSubmissionSetAuthorPerson", quoted("%LIBRE%"),
                "$XDSSubmissionSetContentType", list("04^^1.2.250.1.213.2.2")));
        plans.addAll(plans(new FindFolders(), List.of(), "$XDSFolderPatientId", quoted(PATIENT),
                "$XDSFolderStatus", APPROVED, "$XDSFolderCodeList", list("DIAB^^1.2.250.1.999.4")));
        plans.addAll(plans(new FindFoldersForMultiplePatients(), List.of(), "$XDSFolderPatientId",
                list(PATIENT, OTHER_PATIENT), "$XDSFolderStatus", APPROVED));
        plans.addAll(plans(new GetAll(), found(), "$patientId", quoted(PATIENT), "$XDSDocumentEntryStatus", APPROVED,
                "$XDSSubmissionSetStatus", APPROVED, "$XDSFolderStatus", APPROVED));
        plans.addAll(plans(new GetAssociations(), List.of(), "$uuid", list(fx.report.entryUuid())));
        plans.addAll(plans(new GetDocumentsAndAssociations(), found(), "$XDSDocumentEntryUniqueId",
                list(fx.report.uniqueId())));
        plans.addAll(plans(new GetSubmissionSets(), found(), "$uuid",
                list(fx.report.entryUuid(), fx.diabetes.entryUuid())));
        plans.addAll(plans(new GetSubmissionSetAndContents(), found(), "$XDSSubmissionSetUniqueId",
                quoted(fx.ss1.submissionSet().uniqueId())));
        plans.addAll(plans(new GetSubmissionSetAndContents(), found(), "$XDSSubmissionSetEntryUUID",
                quoted(fx.ss1.submissionSet().entryUuid())));
        plans.addAll(plans(new GetFolderAndContents(), found(), "$XDSFolderUniqueId", quoted(fx.diabetes.uniqueId())));
        plans.addAll(plans(new GetFoldersForDocument(), List.of(), "$XDSDocumentEntryUniqueId",
                quoted(fx.report.uniqueId())));
        plans.addAll(plans(new GetRelatedDocuments(), found(), "$XDSDocumentEntryEntryUUID",
                quoted(fx.replacement.entryUuid()), "$AssociationTypes", list(ASSOC_RPLC, ASSOC_APND)));
        return plans;
    }
}
