package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.registry.query.QueryFixture.ACCESSION;
import static org.carnet.registry.query.QueryFixture.APPROVED;
import static org.carnet.registry.query.QueryFixture.BOTH_STATUSES;
import static org.carnet.registry.query.QueryFixture.FIND_DOCUMENTS;
import static org.carnet.registry.query.QueryFixture.FIND_DOCUMENTS_BY_REFERENCE_ID;
import static org.carnet.registry.query.QueryFixture.ORDER;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import java.util.ArrayList;
import java.util.List;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FindDocuments' {@code $XDSDocumentEntryAuthorPerson} (ITI TF-2 3.18.4.1.2.3.7.1) and FindDocumentsByReferenceId
 * (3.18.4.1.2.3.7.14) over {@link QueryFixture}: every entry is by Dr LIBRE, lab also by Dr DUPONT; report
 * (Deprecated) has reference id ACC-1, lab ACC-1 and ORD-7.
 */
class FindDocumentsByAuthorAndReferenceIdTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> find(String query, String status, String... extra) {
        List<String> slots = new ArrayList<>(List.of("$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", status));
        slots.addAll(List.of(extra));
        return fx.ids(query, slots.toArray(String[]::new));
    }

    @Test
    void authorPersonMatchesWithLikeWildcards() {
        assertThat(find(FIND_DOCUMENTS, APPROVED, "$XDSDocumentEntryAuthorPerson", list("%^DUPONT^%")))
                .containsExactly(fx.lab.entryUuid());
        assertThat(find(FIND_DOCUMENTS, APPROVED, "$XDSDocumentEntryAuthorPerson", list("899900063480^MAX^LIBR_^%")))
                .containsExactlyInAnyOrder(fx.lab.entryUuid(), fx.replacement.entryUuid(), fx.addendum.entryUuid());
        assertThat(find(FIND_DOCUMENTS, APPROVED, "$XDSDocumentEntryAuthorPerson", list("DUPONT"))).isEmpty();
    }

    @Test
    void authorPersonValuesAreOred() {
        assertThat(find(FIND_DOCUMENTS, APPROVED, "$XDSDocumentEntryAuthorPerson", list("%DUPONT%", "%NOBODY%")))
                .containsExactly(fx.lab.entryUuid());
        assertThat(find(FIND_DOCUMENTS, APPROVED, "$XDSDocumentEntryAuthorPerson", list("%DUPONT%"),
                "$XDSDocumentEntryAuthorPerson", list("%NOBODY%"))).containsExactly(fx.lab.entryUuid());
    }

    @Test
    void aBackslashInAnAuthorPatternIsLiteral() {
        assertThat(find(FIND_DOCUMENTS, APPROVED, "$XDSDocumentEntryAuthorPerson", list("\\%DUPONT%"))).isEmpty();
    }

    @Test
    void authorPersonCombinesWithTheOtherFilters() {
        assertThat(find(FIND_DOCUMENTS, APPROVED, "$XDSDocumentEntryAuthorPerson", list("%LIBRE%"),
                "$XDSDocumentEntryClassCode", list("11^^1.2.250.1.213.1.1.4.1"))).containsExactly(fx.lab.entryUuid());
    }

    @Test
    void referenceIdFindsTheEntriesHoldingIt() {
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list(ACCESSION))).containsExactlyInAnyOrder(fx.report.entryUuid(), fx.lab.entryUuid());
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, APPROVED, "$XDSDocumentEntryReferenceIdList",
                list(ACCESSION))).containsExactly(fx.lab.entryUuid());
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list(ORDER))).containsExactly(fx.lab.entryUuid());
    }

    @Test
    void referenceIdsAreComparedWhole() {
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list("ACC-1"))).isEmpty();
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list("ACC-1%"))).isEmpty();
    }

    @Test
    void referenceIdsOfOneSlotAreOredAndRepeatedSlotsAnded() {
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list(ORDER, ACCESSION))).containsExactlyInAnyOrder(fx.report.entryUuid(), fx.lab.entryUuid());
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list(ORDER), "$XDSDocumentEntryReferenceIdList", list(ACCESSION)))
                .containsExactly(fx.lab.entryUuid());
    }

    @Test
    void referenceIdTakesTheFindDocumentsFilters() {
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list(ACCESSION), "$XDSDocumentEntryFormatCode",
                list("urn:ihe:iti:xds-sd:text:2008^^1.3.6.1.4.1.19376.1.2.3"))).containsExactly(fx.report.entryUuid());
        assertThat(find(FIND_DOCUMENTS_BY_REFERENCE_ID, BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList",
                list(ACCESSION), "$XDSDocumentEntryCreationTimeTo", "2000")).isEmpty();
    }

    @Test
    void referenceIdOfAnotherPatientFindsNothing() {
        assertThat(fx.ids(FIND_DOCUMENTS_BY_REFERENCE_ID, "$XDSDocumentEntryPatientId", quoted(QueryFixture.OTHER),
                "$XDSDocumentEntryStatus", BOTH_STATUSES, "$XDSDocumentEntryReferenceIdList", list(ACCESSION)))
                .isEmpty();
    }

    @Test
    void missingReferenceIdListOrPatientIsAMissingParam() {
        assertThat(fx.error(FIND_DOCUMENTS_BY_REFERENCE_ID, "$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", APPROVED)).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(FIND_DOCUMENTS_BY_REFERENCE_ID, "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryReferenceIdList", list(ACCESSION))).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
    }

    @Test
    void twoPatientsIsAParamNumberError() {
        assertThat(fx.error(FIND_DOCUMENTS_BY_REFERENCE_ID, "$XDSDocumentEntryPatientId",
                list(PATIENT, QueryFixture.OTHER), "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryReferenceIdList", list(ACCESSION))).isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
    }

    @Test
    void malformedValuesAreRegistryErrors() {
        assertThat(fx.error(FIND_DOCUMENTS_BY_REFERENCE_ID, "$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", APPROVED, "$XDSDocumentEntryReferenceIdList", list(ACCESSION),
                "$XDSDocumentEntryType", list("urn:uuid:00000000-0000-0000-0000-000000000000")))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
        assertThat(fx.error(FIND_DOCUMENTS_BY_REFERENCE_ID, "$XDSDocumentEntryPatientId", quoted(PATIENT),
                "$XDSDocumentEntryStatus", APPROVED, "$XDSDocumentEntryReferenceIdList", "('" + ACCESSION))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
