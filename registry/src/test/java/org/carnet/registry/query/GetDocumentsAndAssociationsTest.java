package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_APND;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.registry.query.QueryFixture.GET_DOCUMENTS_AND_ASSOCIATIONS;
import static org.carnet.registry.query.QueryFixture.HOME;
import static org.carnet.registry.query.QueryFixture.list;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GetDocumentsAndAssociations (ITI TF-2 3.18.4.1.2.3.7.10) over {@link QueryFixture}: the entries and every
 * association they are the source or target of.
 */
class GetDocumentsAndAssociationsTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aReplacedDocumentWithItsMembershipsAndItsReplacement() {
        String report = fx.report.entryUuid();
        assertThat(fx.ids(GET_DOCUMENTS_AND_ASSOCIATIONS, "$XDSDocumentEntryEntryUUID", list(report)))
                .containsExactlyInAnyOrder(report, fx.hasMember(fx.ss1.submissionSet().entryUuid(), report),
                        fx.hasMember(fx.diabetes.entryUuid(), report),
                        fx.association(ASSOC_RPLC, fx.replacement.entryUuid(), report));
    }

    @Test
    void severalDocumentsByUniqueId() {
        String replacement = fx.replacement.entryUuid();
        String lab = fx.lab.entryUuid();
        assertThat(fx.ids(GET_DOCUMENTS_AND_ASSOCIATIONS, "$XDSDocumentEntryUniqueId",
                list(fx.replacement.uniqueId(), fx.lab.uniqueId())))
                .containsExactlyInAnyOrder(replacement, lab,
                        fx.hasMember(fx.ss2.submissionSet().entryUuid(), replacement),
                        fx.hasMember(fx.diabetes.entryUuid(), replacement),
                        fx.association(ASSOC_RPLC, replacement, fx.report.entryUuid()),
                        fx.association(ASSOC_APND, fx.addendum.entryUuid(), replacement),
                        fx.hasMember(fx.ss1.submissionSet().entryUuid(), lab));
    }

    @Test
    void aDeletedDocumentIsNotReturnedNorItsAssociations() {
        fx.delete(fx.lab.entryUuid());

        assertThat(fx.ids(GET_DOCUMENTS_AND_ASSOCIATIONS, "$XDSDocumentEntryEntryUUID", list(fx.lab.entryUuid())))
                .isEmpty();
    }

    @Test
    void twoPatientsAreRefusedInLeafClass() {
        assertThat(fx.error(GET_DOCUMENTS_AND_ASSOCIATIONS, "$XDSDocumentEntryEntryUUID",
                list(fx.lab.entryUuid(), fx.othersDoc.entryUuid()))).isEqualTo(ErrorCode.RESULT_NOT_SINGLE_PATIENT);
    }

    @Test
    void homeCommunityIdIsAccepted() {
        String lab = fx.lab.entryUuid();
        assertThat(fx.ids(GET_DOCUMENTS_AND_ASSOCIATIONS, "$XDSDocumentEntryEntryUUID", list(lab),
                "$homeCommunityId", HOME))
                .containsExactlyInAnyOrder(lab, fx.hasMember(fx.ss1.submissionSet().entryUuid(), lab));
    }

    @Test
    void parameterErrors() {
        assertThat(fx.error(GET_DOCUMENTS_AND_ASSOCIATIONS)).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(GET_DOCUMENTS_AND_ASSOCIATIONS, "$XDSDocumentEntryEntryUUID", list(fx.lab.entryUuid()),
                "$XDSDocumentEntryUniqueId", list(fx.lab.uniqueId()))).isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_DOCUMENTS_AND_ASSOCIATIONS, "$XDSDocumentEntryUniqueId", "('1.2.3)"))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
