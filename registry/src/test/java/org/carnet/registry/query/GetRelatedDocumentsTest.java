package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_APND;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.registry.query.QueryFixture.GET_RELATED_DOCUMENTS;
import static org.carnet.registry.query.QueryFixture.HOME;
import static org.carnet.registry.query.QueryFixture.ON_DEMAND;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GetRelatedDocuments (ITI TF-2 3.18.4.1.2.3.7.15, NIST 11909) over {@link QueryFixture}: replacement RPLC
 * report, addendum APND replacement.
 */
class GetRelatedDocumentsTest {
    private static final String RPLC_AND_APND = list(ASSOC_RPLC, ASSOC_APND);

    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private String rplc() {
        return fx.association(ASSOC_RPLC, fx.replacement.entryUuid(), fx.report.entryUuid());
    }

    private String apnd() {
        return fx.association(ASSOC_APND, fx.addendum.entryUuid(), fx.replacement.entryUuid());
    }

    @Test
    void relatedInBothDirections() {
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.replacement.entryUuid()),
                "$AssociationTypes", RPLC_AND_APND))
                .containsExactlyInAnyOrder(fx.replacement.entryUuid(), fx.report.entryUuid(),
                        fx.addendum.entryUuid(), rplc(), apnd());
    }

    @Test
    void onlyTheAskedTypesAndOnlyOneStep() {
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryUniqueId", quoted(fx.replacement.uniqueId()),
                "$AssociationTypes", list(ASSOC_APND)))
                .containsExactlyInAnyOrder(fx.replacement.entryUuid(), fx.addendum.entryUuid(), apnd());
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid()),
                "$AssociationTypes", RPLC_AND_APND))
                .containsExactlyInAnyOrder(fx.report.entryUuid(), fx.replacement.entryUuid(), rplc());
    }

    /** NIST 11909: a document with nothing related gives an empty answer, not the document alone. */
    @Test
    void nothingRelatedIsAnEmptyAnswer() {
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid()),
                "$AssociationTypes", list(ASSOC_APND))).isEmpty();
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.lab.entryUuid()),
                "$AssociationTypes", RPLC_AND_APND)).isEmpty();
    }

    @Test
    void hasMemberRelatesNoDocuments() {
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid()),
                "$AssociationTypes", list("urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember"))).isEmpty();
    }

    @Test
    void relatedEntriesOfAnotherTypeAreNotRelated() {
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.replacement.entryUuid()),
                "$AssociationTypes", RPLC_AND_APND, "$XDSDocumentEntryType", ON_DEMAND)).isEmpty();
    }

    @Test
    void aDeletedEntryIsNotRelated() {
        fx.delete(fx.addendum.entryUuid());

        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.replacement.entryUuid()),
                "$AssociationTypes", RPLC_AND_APND))
                .containsExactlyInAnyOrder(fx.replacement.entryUuid(), fx.report.entryUuid(), rplc());
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.replacement.entryUuid()),
                "$AssociationTypes", list(ASSOC_APND))).isEmpty();
    }

    @Test
    void homeCommunityIdIsAccepted() {
        assertThat(fx.ids(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid()),
                "$AssociationTypes", list(ASSOC_RPLC), "$homeCommunityId", HOME))
                .containsExactlyInAnyOrder(fx.report.entryUuid(), fx.replacement.entryUuid(), rplc());
    }

    @Test
    void parameterErrors() {
        String report = quoted(fx.report.entryUuid());
        assertThat(fx.error(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", report))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(GET_RELATED_DOCUMENTS, "$AssociationTypes", RPLC_AND_APND))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", report,
                "$XDSDocumentEntryUniqueId", quoted(fx.report.uniqueId()), "$AssociationTypes", RPLC_AND_APND))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID",
                list(fx.report.entryUuid(), fx.lab.entryUuid()), "$AssociationTypes", RPLC_AND_APND))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_RELATED_DOCUMENTS, "$XDSDocumentEntryEntryUUID", report,
                "$AssociationTypes", RPLC_AND_APND, "$XDSDocumentEntryType", list("urn:uuid:bogus")))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
