package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.registry.query.QueryFixture.GET_SUBMISSION_SET_AND_CONTENTS;
import static org.carnet.registry.query.QueryFixture.HOME;
import static org.carnet.registry.query.QueryFixture.ON_DEMAND;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import java.util.ArrayList;
import java.util.List;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GetSubmissionSetAndContents (ITI TF-2 3.18.4.1.2.3.7.8) over {@link QueryFixture}: ss1 holds report, lab and
 * the diabetes folder, with report filed in diabetes by ss1; ss2 holds the replacement of report.
 */
class GetSubmissionSetAndContentsTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> contents(String... extra) {
        List<String> slots = new ArrayList<>(List.of("$XDSSubmissionSetEntryUUID",
                quoted(fx.ss1.submissionSet().entryUuid())));
        slots.addAll(List.of(extra));
        return fx.ids(GET_SUBMISSION_SET_AND_CONTENTS, slots.toArray(String[]::new));
    }

    private List<String> all() {
        String ss = fx.ss1.submissionSet().entryUuid();
        String filing = fx.hasMember(fx.diabetes.entryUuid(), fx.report.entryUuid());
        return List.of(ss, fx.report.entryUuid(), fx.lab.entryUuid(), fx.diabetes.entryUuid(),
                fx.hasMember(ss, fx.report.entryUuid()), fx.hasMember(ss, fx.lab.entryUuid()),
                fx.hasMember(ss, fx.diabetes.entryUuid()), filing, fx.hasMember(ss, filing));
    }

    @Test
    void theSubmissionSetItsMembersAndTheirHasMemberAssociations() {
        assertThat(contents()).containsExactlyInAnyOrderElementsOf(all());
    }

    @Test
    void byUniqueId() {
        assertThat(fx.ids(GET_SUBMISSION_SET_AND_CONTENTS, "$XDSSubmissionSetUniqueId",
                quoted(fx.ss1.submissionSet().uniqueId()))).containsExactlyInAnyOrderElementsOf(all());
    }

    @Test
    void aRelationshipToADocumentOfAnotherSubmissionIsNotContent() {
        String ss = fx.ss2.submissionSet().entryUuid();
        assertThat(fx.ids(GET_SUBMISSION_SET_AND_CONTENTS, "$XDSSubmissionSetEntryUUID", quoted(ss)))
                .containsExactlyInAnyOrder(ss, fx.replacement.entryUuid(),
                        fx.hasMember(ss, fx.replacement.entryUuid()));
    }

    @Test
    void formatCodeNarrowsTheDocumentsAndTheirAssociations() {
        String ss = fx.ss1.submissionSet().entryUuid();
        assertThat(contents("$XDSDocumentEntryFormatCode",
                list("urn:ihe:iti:xds-sd:pdf:2008^^1.3.6.1.4.1.19376.1.2.3")))
                .containsExactlyInAnyOrder(ss, fx.lab.entryUuid(), fx.diabetes.entryUuid(),
                        fx.hasMember(ss, fx.lab.entryUuid()), fx.hasMember(ss, fx.diabetes.entryUuid()));
    }

    @Test
    void confidentialityCodesAreAndOr() {
        String ss = fx.ss1.submissionSet().entryUuid();
        List<String> labOnly = List.of(ss, fx.lab.entryUuid(), fx.diabetes.entryUuid(),
                fx.hasMember(ss, fx.lab.entryUuid()), fx.hasMember(ss, fx.diabetes.entryUuid()));

        assertThat(contents("$XDSDocumentEntryConfidentialityCode", list("R^^2.16.840.1.113883.5.25")))
                .containsExactlyInAnyOrderElementsOf(labOnly);
        assertThat(contents("$XDSDocumentEntryConfidentialityCode", list("N^^2.16.840.1.113883.5.25"),
                "$XDSDocumentEntryConfidentialityCode", list("R^^2.16.840.1.113883.5.25")))
                .containsExactlyInAnyOrderElementsOf(labOnly);
        assertThat(contents("$XDSDocumentEntryConfidentialityCode",
                list("N^^2.16.840.1.113883.5.25", "R^^2.16.840.1.113883.5.25")))
                .containsExactlyInAnyOrderElementsOf(all());
    }

    @Test
    void onDemandEntriesOnlyLeavesTheFolder() {
        String ss = fx.ss1.submissionSet().entryUuid();
        assertThat(contents("$XDSDocumentEntryType", ON_DEMAND))
                .containsExactlyInAnyOrder(ss, fx.diabetes.entryUuid(), fx.hasMember(ss, fx.diabetes.entryUuid()));
    }

    @Test
    void aDeletedDocumentIsLeftOutWithItsAssociations() {
        fx.delete(fx.report.entryUuid());
        String ss = fx.ss1.submissionSet().entryUuid();

        assertThat(contents()).containsExactlyInAnyOrder(ss, fx.lab.entryUuid(), fx.diabetes.entryUuid(),
                fx.hasMember(ss, fx.lab.entryUuid()), fx.hasMember(ss, fx.diabetes.entryUuid()));
    }

    @Test
    void anUnknownSubmissionSetIsAnEmptyAnswer() {
        assertThat(fx.ids(GET_SUBMISSION_SET_AND_CONTENTS, "$XDSSubmissionSetEntryUUID",
                quoted("urn:uuid:00000000-0000-0000-0000-000000000000"))).isEmpty();
    }

    @Test
    void homeCommunityIdIsAccepted() {
        assertThat(contents("$homeCommunityId", HOME)).containsExactlyInAnyOrderElementsOf(all());
    }

    @Test
    void parameterErrors() {
        String uuid = quoted(fx.ss1.submissionSet().entryUuid());
        assertThat(fx.error(GET_SUBMISSION_SET_AND_CONTENTS))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(GET_SUBMISSION_SET_AND_CONTENTS, "$XDSSubmissionSetEntryUUID", uuid,
                "$XDSSubmissionSetUniqueId", quoted(fx.ss1.submissionSet().uniqueId())))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_SUBMISSION_SET_AND_CONTENTS, "$XDSSubmissionSetEntryUUID",
                list(fx.ss1.submissionSet().entryUuid(), fx.ss2.submissionSet().entryUuid())))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_SUBMISSION_SET_AND_CONTENTS, "$XDSSubmissionSetEntryUUID", uuid,
                "$XDSDocumentEntryFormatCode", list("pdf"))).isEqualTo(ErrorCode.REGISTRY_ERROR);
        assertThat(fx.error(GET_SUBMISSION_SET_AND_CONTENTS, "$XDSSubmissionSetEntryUUID", uuid,
                "$XDSDocumentEntryType", list("stable"))).isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
