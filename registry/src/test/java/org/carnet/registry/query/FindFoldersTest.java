package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.registry.query.QueryFixture.APPROVED;
import static org.carnet.registry.query.QueryFixture.FIND_FOLDERS;
import static org.carnet.registry.query.QueryFixture.list;
import static org.carnet.registry.query.QueryFixture.quoted;

import java.util.ArrayList;
import java.util.List;

import org.carnet.common.ebrim.FolderMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.StoredQueryRequests;
import org.carnet.registry.TestRegistry;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FindFolders (ITI TF-2 3.18.4.1.2.3.7.3) over {@link QueryFixture}: diabetes (DIAB) and imaging (IMG). */
class FindFoldersTest {
    private final QueryFixture fx = new QueryFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> find(String... extra) {
        List<String> slots = new ArrayList<>(List.of("$XDSFolderPatientId", quoted(PATIENT),
                "$XDSFolderStatus", APPROVED));
        slots.addAll(List.of(extra));
        return fx.ids(FIND_FOLDERS, slots.toArray(String[]::new));
    }

    private String lastUpdateTime(String folderUuid) {
        RegistryPackageType rp = (RegistryPackageType) fx.registry.queries.query(StoredQueryRequests.request(
                        "urn:uuid:5737b14c-8a1a-4539-b659-e03a34a5e1e4", "LeafClass", "$XDSFolderEntryUUID",
                        list(folderUuid)), TestRegistry.CALLER, new TransactionContext())
                .getRegistryObjectList().getIdentifiable().get(0).getValue();
        return FolderMapper.fromEbRim(rp, new ErrorList()).lastUpdateTime();
    }

    @Test
    void returnsThePatientsFoldersOnly() {
        assertThat(find()).containsExactlyInAnyOrder(fx.diabetes.entryUuid(), fx.imaging.entryUuid());
    }

    @Test
    void codesOfOneSlotAreOredAndRepeatedSlotsAnded() {
        assertThat(find("$XDSFolderCodeList", list("DIAB^^1.2.250.1.999.4")))
                .containsExactly(fx.diabetes.entryUuid());
        assertThat(find("$XDSFolderCodeList", list("DIAB^^1.2.250.1.999.4", "IMG^^1.2.250.1.999.4")))
                .containsExactlyInAnyOrder(fx.diabetes.entryUuid(), fx.imaging.entryUuid());
        assertThat(find("$XDSFolderCodeList", list("DIAB^^1.2.250.1.999.4"),
                "$XDSFolderCodeList", list("IMG^^1.2.250.1.999.4"))).isEmpty();
        assertThat(find("$XDSFolderCodeList", list("DIAB^^1.2.250.1.999.4", "IMG^^1.2.250.1.999.4"),
                "$XDSFolderCodeList", list("IMG^^1.2.250.1.999.4"))).containsExactly(fx.imaging.entryUuid());
    }

    @Test
    void theCodingSchemeMustMatchToo() {
        assertThat(find("$XDSFolderCodeList", list("DIAB^^9.9.9"))).isEmpty();
    }

    @Test
    void lastUpdateTimeFromIsInclusiveAndToExclusive() {
        String imagingUpdated = lastUpdateTime(fx.imaging.entryUuid());

        assertThat(find("$XDSFolderLastUpdateTimeFrom", imagingUpdated)).contains(fx.imaging.entryUuid());
        assertThat(find("$XDSFolderLastUpdateTimeTo", imagingUpdated)).doesNotContain(fx.imaging.entryUuid());
        assertThat(find("$XDSFolderLastUpdateTimeFrom", "2000", "$XDSFolderLastUpdateTimeTo", "2001")).isEmpty();
    }

    @Test
    void missingStatusIsAMissingParam() {
        assertThat(fx.error(FIND_FOLDERS, "$XDSFolderPatientId", quoted(PATIENT)))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
        assertThat(fx.error(FIND_FOLDERS, "$XDSFolderStatus", APPROVED))
                .isEqualTo(ErrorCode.STORED_QUERY_MISSING_PARAM);
    }

    @Test
    void twoLastUpdateTimesIsAParamNumberError() {
        assertThat(fx.error(FIND_FOLDERS, "$XDSFolderPatientId", quoted(PATIENT), "$XDSFolderStatus", APPROVED,
                "$XDSFolderLastUpdateTimeFrom", "2000", "$XDSFolderLastUpdateTimeFrom", "2001"))
                .isEqualTo(ErrorCode.STORED_QUERY_PARAM_NUMBER);
    }

    @Test
    void malformedValuesAreRegistryErrors() {
        assertThat(fx.error(FIND_FOLDERS, "$XDSFolderPatientId", quoted(PATIENT), "$XDSFolderStatus", APPROVED,
                "$XDSFolderCodeList", list("DIAB"))).isEqualTo(ErrorCode.REGISTRY_ERROR);
        assertThat(fx.error(FIND_FOLDERS, "$XDSFolderPatientId", quoted(PATIENT), "$XDSFolderStatus", APPROVED,
                "$XDSFolderLastUpdateTimeTo", "20231399")).isEqualTo(ErrorCode.REGISTRY_ERROR);
    }
}
