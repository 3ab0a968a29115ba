package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.registry.query.QueryFixture.GET_SUBMISSION_SETS;
import static org.carnet.registry.query.QueryFixture.HOME;
import static org.carnet.registry.query.QueryFixture.list;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GetSubmissionSets (ITI TF-2 3.18.4.1.2.3.7.11) over {@link QueryFixture}: the submission sets holding the
 * given entries or folders, and the HasMember associations that say so.
 */
class GetSubmissionSetsTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theSubmissionSetOfADocumentAndItsHasMember() {
        String ss1 = fx.ss1.submissionSet().entryUuid();
        assertThat(fx.ids(GET_SUBMISSION_SETS, "$uuid", list(fx.report.entryUuid())))
                .containsExactlyInAnyOrder(ss1, fx.hasMember(ss1, fx.report.entryUuid()));
    }

    @Test
    void documentsAndFoldersOfSeveralSubmissions() {
        String ss1 = fx.ss1.submissionSet().entryUuid();
        String ss3 = fx.ss3.submissionSet().entryUuid();
        assertThat(fx.ids(GET_SUBMISSION_SETS, "$uuid",
                list(fx.report.entryUuid(), fx.diabetes.entryUuid(), fx.imaging.entryUuid())))
                .containsExactlyInAnyOrder(ss1, ss3, fx.hasMember(ss1, fx.report.entryUuid()),
                        fx.hasMember(ss1, fx.diabetes.entryUuid()), fx.hasMember(ss3, fx.imaging.entryUuid()));
    }

    @Test
    void theFolderThatFiledADocumentIsNoSubmissionSet() {
        String ss2 = fx.ss2.submissionSet().entryUuid();
        assertThat(fx.ids(GET_SUBMISSION_SETS, "$uuid", list(fx.replacement.entryUuid())))
                .containsExactlyInAnyOrder(ss2, fx.hasMember(ss2, fx.replacement.entryUuid()));
    }

    @Test
    void anAssociationOrAnUnknownIdHasNoSubmissionSet() {
        String filing = fx.hasMember(fx.diabetes.entryUuid(), fx.report.entryUuid());
        assertThat(fx.ids(GET_SUBMISSION_SETS, "$uuid",
                list(filing, "urn:uuid:00000000-0000-0000-0000-000000000000"))).isEmpty();
    }

    @Test
    void aDeletedDocumentHasNoSubmissionSet() {
        fx.delete(fx.report.entryUuid());

        assertThat(fx.ids(GET_SUBMISSION_SETS, "$uuid", list(fx.report.entryUuid()))).isEmpty();
    }

    @Test
    void twoPatientsAreRefusedInLeafClassOnly() {
        assertThat(fx.error(GET_SUBMISSION_SETS, "$uuid", list(fx.report.entryUuid(), fx.othersDoc.entryUuid())))
                .isEqualTo(ErrorCode.RESULT_NOT_SINGLE_PATIENT);
    }

    @Test
    void homeCommunityIdIsAccepted() {
        String ss1 = fx.ss1.submissionSet().entryUuid();
        assertThat(fx.ids(GET_SUBMISSION_SETS, "$uuid", list(fx.lab.entryUuid()), "$homeCommunityId", HOME))
                .containsExactlyInAnyOrder(ss1, fx.hasMember(ss1, fx.lab.entryUuid()));
    }

    @Test
    void missingUuidIsAMissingParam() {
        assertThat(fx.error(GET_SUBMISSION_SETS)).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(GET_SUBMISSION_SETS, "$uuid", "()")).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
    }

    @Test
    void aMalformedListIsARegistryError() {
        assertThat(fx.error(GET_SUBMISSION_SETS, "$uuid", "('" + fx.report.entryUuid() + "',)"))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
