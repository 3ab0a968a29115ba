package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.registry.query.QueryFixture.GET_FOLDER_AND_CONTENTS;
import static org.carnet.registry.query.QueryFixture.HOME;
import static org.carnet.registry.query.QueryFixture.ON_DEMAND;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import java.util.List;

import org.carnet.common.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GetFolderAndContents (ITI TF-2 3.18.4.1.2.3.7.12) over {@link QueryFixture}: diabetes holds report and, since
 * the registry filed it there (NIST 12327), report's replacement; imaging is empty.
 */
class GetFolderAndContentsTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> diabetes() {
        String folder = fx.diabetes.entryUuid();
        return List.of(folder, fx.report.entryUuid(), fx.replacement.entryUuid(),
                fx.hasMember(folder, fx.report.entryUuid()), fx.hasMember(folder, fx.replacement.entryUuid()));
    }

    @Test
    void theFolderItsDocumentsAndItsHasMemberAssociations() {
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(fx.diabetes.entryUuid())))
                .containsExactlyInAnyOrderElementsOf(diabetes());
    }

    @Test
    void byUniqueId() {
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderUniqueId", quoted(fx.diabetes.uniqueId())))
                .containsExactlyInAnyOrderElementsOf(diabetes());
    }

    /** Memberships are Approved here; asking for Deprecated ones only leaves the folder alone. */
    @Test
    void associationStatusSelectsTheMembershipsFollowed() {
        String folder = fx.diabetes.entryUuid();
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(folder), "$XDSAssociationStatus",
                list("urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated"))).containsExactly(folder);
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(folder), "$XDSAssociationStatus",
                list("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved")))
                .containsExactlyInAnyOrderElementsOf(diabetes());
    }

    @Test
    void anEmptyFolderIsReturnedAlone() {
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(fx.imaging.entryUuid())))
                .containsExactly(fx.imaging.entryUuid());
    }

    @Test
    void documentFiltersNarrowTheDocumentsAndTheirAssociations() {
        String folder = fx.diabetes.entryUuid();
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(folder),
                "$XDSDocumentEntryFormatCode", list("urn:ihe:iti:xds-sd:pdf:2008^^1.3.6.1.4.1.19376.1.2.3")))
                .containsExactly(folder);
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(folder),
                "$XDSDocumentEntryConfidentialityCode", list("N^^2.16.840.1.113883.5.25"),
                "$XDSDocumentEntryConfidentialityCode", list("R^^2.16.840.1.113883.5.25")))
                .containsExactly(folder);
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(folder),
                "$XDSDocumentEntryType", ON_DEMAND)).containsExactly(folder);
    }

    @Test
    void aDeletedDocumentIsLeftOut() {
        fx.delete(fx.report.entryUuid());
        String folder = fx.diabetes.entryUuid();

        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(folder)))
                .containsExactlyInAnyOrder(folder, fx.replacement.entryUuid(),
                        fx.hasMember(folder, fx.replacement.entryUuid()));
    }

    @Test
    void homeCommunityIdIsAccepted() {
        assertThat(fx.ids(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(fx.diabetes.entryUuid()),
                "$homeCommunityId", HOME)).containsExactlyInAnyOrderElementsOf(diabetes());
    }

    @Test
    void parameterErrors() {
        assertThat(fx.error(GET_FOLDER_AND_CONTENTS)).isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(fx.diabetes.entryUuid()),
                "$XDSFolderUniqueId", quoted(fx.diabetes.uniqueId()))).isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_FOLDER_AND_CONTENTS, "$XDSFolderUniqueId",
                list(fx.diabetes.uniqueId(), fx.imaging.uniqueId()))).isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
        assertThat(fx.error(GET_FOLDER_AND_CONTENTS, "$XDSFolderEntryUUID", quoted(fx.diabetes.entryUuid()),
                "$XDSDocumentEntryConfidentialityCode", list("N^^"))).isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
