package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.registry.query.QueryFixture.GET_FOLDERS_FOR_DOCUMENT;
import static org.carnet.registry.query.QueryFixture.HOME;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GetFoldersForDocument (ITI TF-2 3.18.4.1.2.3.7.13) over {@link QueryFixture}. */
class GetFoldersForDocumentTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theFoldersHoldingADocument() {
        assertThat(fx.ids(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid())))
                .containsExactly(fx.diabetes.entryUuid());
        assertThat(fx.ids(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID",
                quoted(fx.othersDoc.entryUuid()))).containsExactly(fx.othersFolder.entryUuid());
    }

    @Test
    void aReplacementIsInTheFoldersOfWhatItReplaced() {
        assertThat(fx.ids(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryUniqueId", quoted(fx.replacement.uniqueId())))
                .containsExactly(fx.diabetes.entryUuid());
    }

    @Test
    void aDocumentInNoFolderHasNone() {
        assertThat(fx.ids(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID", quoted(fx.lab.entryUuid())))
                .isEmpty();
    }

    @Test
    void aDeletedDocumentHasNone() {
        fx.delete(fx.report.entryUuid());

        assertThat(fx.ids(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid())))
                .isEmpty();
    }

    @Test
    void homeCommunityIdIsAccepted() {
        assertThat(fx.ids(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid()),
                "$homeCommunityId", HOME)).containsExactly(fx.diabetes.entryUuid());
    }

    @Test
    void parameterErrors() {
        assertThat(fx.error(GET_FOLDERS_FOR_DOCUMENT)).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID", quoted(fx.report.entryUuid()),
                "$XDSDocumentEntryUniqueId", quoted(fx.report.uniqueId())))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID",
                list(fx.report.entryUuid(), fx.lab.entryUuid()))).isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_FOLDERS_FOR_DOCUMENT, "$XDSDocumentEntryEntryUUID", "'" + fx.report.entryUuid()))
                .isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
