package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.registry.query.QueryFixture.APPROVED;
import static org.carnet.registry.query.QueryFixture.FIND_SUBMISSION_SETS;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import java.util.ArrayList;
import java.util.List;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FindSubmissionSets (ITI TF-2 3.18.4.1.2.3.7.2) over {@link QueryFixture}: ss1, ss2 and ss3 are the patient's. */
class FindSubmissionSetsTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> find(String... extra) {
        List<String> slots = new ArrayList<>(List.of("$XDSSubmissionSetPatientId", quoted(PATIENT),
                "$XDSSubmissionSetStatus", APPROVED));
        slots.addAll(List.of(extra));
        return fx.ids(FIND_SUBMISSION_SETS, slots.toArray(String[]::new));
    }

    private String ss1() {
        return fx.ss1.submissionSet().entryUuid();
    }

    private String ss2() {
        return fx.ss2.submissionSet().entryUuid();
    }

    private String ss3() {
        return fx.ss3.submissionSet().entryUuid();
    }

    @Test
    void returnsThePatientsSubmissionSetsOnly() {
        assertThat(find()).containsExactlyInAnyOrder(ss1(), ss2(), ss3());
    }

    @Test
    void deprecatedStatusAloneFindsNothing() {
        assertThat(fx.ids(FIND_SUBMISSION_SETS, "$XDSSubmissionSetPatientId", quoted(PATIENT),
                "$XDSSubmissionSetStatus", QueryFixture.DEPRECATED)).isEmpty();
    }

    @Test
    void sourceIdsAreOred() {
        assertThat(find("$XDSSubmissionSetSourceId", list("1.2.250.1.999.1.1.8000"))).containsExactly(ss2());
        assertThat(find("$XDSSubmissionSetSourceId", list("1.2.250.1.999.1.1.8000", "1.2.250.1.999.1.1.7898")))
                .containsExactlyInAnyOrder(ss1(), ss2(), ss3());
    }

    @Test
    void submissionTimeFromIsInclusiveAndToExclusive() {
        assertThat(find("$XDSSubmissionSetSubmissionTimeFrom", "20220101120000",
                "$XDSSubmissionSetSubmissionTimeTo", "20230101")).containsExactly(ss2());
        assertThat(find("$XDSSubmissionSetSubmissionTimeFrom", "2022")).containsExactlyInAnyOrder(ss2(), ss3());
    }

    @Test
    void authorPersonMatchesWithLikeWildcards() {
        assertThat(find("$XDSSubmissionSetAuthorPerson", quoted("%^MARTIN^%"))).containsExactly(ss2());
        assertThat(find("$XDSSubmissionSetAuthorPerson", quoted("8999000_3480^MAX^LIBRE%")))
                .containsExactlyInAnyOrder(ss1(), ss3());
        assertThat(find("$XDSSubmissionSetAuthorPerson", quoted(QueryFixture.MARTIN))).containsExactly(ss2());
        assertThat(find("$XDSSubmissionSetAuthorPerson", quoted("MARTIN"))).isEmpty();
    }

    @Test
    void contentTypeCodesAreOred() {
        assertThat(find("$XDSSubmissionSetContentType", list("05^^1.2.250.1.213.2.2"))).containsExactly(ss2());
        assertThat(find("$XDSSubmissionSetContentType", list("05^^1.2.250.1.213.2.2", "04^^1.2.250.1.213.2.2")))
                .containsExactlyInAnyOrder(ss1(), ss2(), ss3());
        assertThat(find("$XDSSubmissionSetContentType", list("05^^9.9.9"))).isEmpty();
    }

    @Test
    void missingPatientOrStatusIsAMissingParam() {
        assertThat(fx.error(FIND_SUBMISSION_SETS, "$XDSSubmissionSetStatus", APPROVED))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(FIND_SUBMISSION_SETS, "$XDSSubmissionSetPatientId", quoted(PATIENT)))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
    }

    @Test
    void twoAuthorsOrTwoPatientsIsAParamNumberError() {
        assertThat(fx.error(FIND_SUBMISSION_SETS, "$XDSSubmissionSetPatientId", quoted(PATIENT),
                "$XDSSubmissionSetStatus", APPROVED, "$XDSSubmissionSetAuthorPerson", list("%MARTIN%", "%LIBRE%")))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(FIND_SUBMISSION_SETS, "$XDSSubmissionSetPatientId",
                list(PATIENT, QueryFixture.OTHER), "$XDSSubmissionSetStatus", APPROVED))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
    }

    @Test
    void malformedValuesAreRegistryErrors() {
        assertThat(fx.error(FIND_SUBMISSION_SETS, "$XDSSubmissionSetPatientId", quoted("248039263001064"),
                "$XDSSubmissionSetStatus", APPROVED)).isEqualTo(ErrorCode.REGISTRY_ERROR);
        assertThat(fx.error(FIND_SUBMISSION_SETS, "$XDSSubmissionSetPatientId", quoted(PATIENT),
                "$XDSSubmissionSetStatus", APPROVED, "$XDSSubmissionSetSubmissionTimeFrom", "2021-06-04"))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
        assertThat(fx.error(FIND_SUBMISSION_SETS, "$XDSSubmissionSetPatientId", quoted(PATIENT),
                "$XDSSubmissionSetStatus", APPROVED, "$XDSSubmissionSetContentType", list("05")))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
