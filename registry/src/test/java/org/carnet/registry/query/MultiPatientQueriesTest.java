package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.registry.query.QueryFixture.APPROVED;
import static org.carnet.registry.query.QueryFixture.BOTH_STATUSES;
import static org.carnet.registry.query.QueryFixture.DEPRECATED;
import static org.carnet.registry.query.QueryFixture.FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS;
import static org.carnet.registry.query.QueryFixture.FIND_FOLDERS_FOR_MULTIPLE_PATIENTS;
import static org.carnet.registry.query.QueryFixture.list;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ITI-51 Multi-Patient Stored Query (ITI TF-2 3.51): FindDocumentsForMultiplePatients and
 * FindFoldersForMultiplePatients over {@link QueryFixture}'s two patients.
 */
class MultiPatientQueriesTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void documentsOfSeveralPatients() {
        assertThat(fx.ids(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryPatientId",
                list(PATIENT, OTHER_PATIENT), "$XDSDocumentEntryStatus", APPROVED))
                .containsExactlyInAnyOrder(fx.lab.entryUuid(), fx.replacement.entryUuid(), fx.addendum.entryUuid(),
                        fx.othersDoc.entryUuid());
    }

    @Test
    void documentsOfOnePatientWithTheOtherFilters() {
        assertThat(fx.ids(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryPatientId", list(PATIENT),
                "$XDSDocumentEntryStatus", BOTH_STATUSES,
                "$XDSDocumentEntryFormatCode", list("urn:ihe:iti:xds-sd:text:2008^^1.3.6.1.4.1.19376.1.2.3")))
                .containsExactlyInAnyOrder(fx.report.entryUuid(), fx.replacement.entryUuid(),
                        fx.addendum.entryUuid());
    }

    @Test
    void documentsOfAnyPatientByClassCode() {
        assertThat(fx.ids(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryClassCode", list("10^^1.2.250.1.213.1.1.4.1")))
                .containsExactlyInAnyOrder(fx.replacement.entryUuid(), fx.addendum.entryUuid(),
                        fx.othersDoc.entryUuid());
    }

    @Test
    void documentsOfAnyPatientByEventCodeOrFacilityType() {
        assertThat(fx.ids(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryEventCodeList", list("GENERAL^^1.2.250.1.213.1.1.4.99"),
                "$XDSDocumentEntryConfidentialityCode", list("R^^2.16.840.1.113883.5.25")))
                .containsExactly(fx.lab.entryUuid());
        assertThat(fx.ids(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryStatus", DEPRECATED,
                "$XDSDocumentEntryHealthcareFacilityTypeCode", list("SA01^^1.2.250.1.71.4.2.4")))
                .containsExactly(fx.report.entryUuid());
    }

    @Test
    void documentsWithoutPatientNorNarrowingCodeIsAMissingParam() {
        assertThat(fx.error(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryFormatCode", list("urn:ihe:iti:xds-sd:text:2008^^1.3.6.1.4.1.19376.1.2.3")))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryPatientId", list(PATIENT)))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
    }

    @Test
    void documentsWithAMalformedPatientIsARegistryError() {
        assertThat(fx.error(FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS, "$XDSDocumentEntryPatientId",
                list(PATIENT, "nobody"), "$XDSDocumentEntryStatus", APPROVED)).isEqualTo(ErrorCode.REGISTRY_ERROR);
    }

    @Test
    void foldersOfSeveralPatients() {
        assertThat(fx.ids(FIND_FOLDERS_FOR_MULTIPLE_PATIENTS, "$XDSFolderPatientId", list(PATIENT, OTHER_PATIENT),
                "$XDSFolderStatus", APPROVED))
                .containsExactlyInAnyOrder(fx.diabetes.entryUuid(), fx.imaging.entryUuid(),
                        fx.othersFolder.entryUuid());
    }

    @Test
    void foldersOfAnyPatientByCode() {
        assertThat(fx.ids(FIND_FOLDERS_FOR_MULTIPLE_PATIENTS, "$XDSFolderStatus", APPROVED,
                "$XDSFolderCodeList", list("DIAB^^1.2.250.1.999.4")))
                .containsExactlyInAnyOrder(fx.diabetes.entryUuid(), fx.othersFolder.entryUuid());
    }

    @Test
    void foldersWithoutPatientNorCodeIsAMissingParam() {
        assertThat(fx.error(FIND_FOLDERS_FOR_MULTIPLE_PATIENTS, "$XDSFolderStatus", APPROVED,
                "$XDSFolderLastUpdateTimeFrom", "2000")).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(FIND_FOLDERS_FOR_MULTIPLE_PATIENTS, "$XDSFolderPatientId", list(PATIENT)))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
    }
}
