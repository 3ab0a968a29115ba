package org.carnet.common.ebrim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.ExpectErrors.expectNone;
import static org.carnet.common.ExpectErrors.expectOnly;
import static org.carnet.common.ebrim.EbRimParts.addSlot;
import static org.carnet.common.ebrim.EbRimParts.classification;
import static org.carnet.common.ebrim.EbRimParts.classificationSchemes;
import static org.carnet.common.ebrim.EbRimParts.fr;
import static org.carnet.common.ebrim.EbRimParts.slot;
import static org.carnet.common.ebrim.EbRimParts.slotNames;
import static org.carnet.common.vocabulary.Vocabulary.*;

import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.junit.jupiter.api.Test;

/** Folder ↔ rim:RegistryPackage classified as a folder (ITI TF-3 4.2.3.4). */
class FolderMapperTest {
    private final ErrorList errors = new ErrorList();

    static Folder full() {
        return Folder.builder("Folder01")
                .logicalId("urn:uuid:0b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e")
                .version("1")
                .availabilityStatus(STATUS_APPROVED)
                .homeCommunityId("urn:oid:1.2.250.1.999.1")
                .patientId(new Cx(SampleData.PATIENT))
                .uniqueId("1.2.250.1.999.1.1.7898.3")
                .lastUpdateTime("20210604135051")
                .title(fr("Classeur"))
                .comments(fr("commentaire du classeur"))
                .code(new Code("10", "1.2.250.1.213.1.1.4.1", fr("Compte rendu")))
                .code(new Code("11", "1.2.250.1.213.1.1.4.1", fr("Synthèse")))
                .limitedMetadata(true)
                .extraSlot(new Slot("urn:carnet:test:extra", List.of("kept")))
                .build();
    }

    static Folder minimal() {
        return Folder.builder("Folder01")
                .patientId(new Cx(SampleData.PATIENT))
                .uniqueId("1.2.250.1.999.1.1.7898.3")
                .title(fr("Classeur"))
                .code(new Code("10", "1.2.250.1.213.1.1.4.1", (LocalizedString) null))
                .build();
    }

    @Test
    void fullFolderRoundTrips() {
        Folder folder = full();

        RegistryPackageType rp = FolderMapper.toEbRim(folder);
        Folder back = FolderMapper.fromEbRim(rp, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(folder);
        assertThat(FolderMapper.isFolder(rp)).isTrue();
        assertThat(SubmissionSetMapper.isSubmissionSet(rp)).isFalse();
    }

    @Test
    void minimalFolderRoundTripsAndWritesNothingOptional() {
        Folder folder = minimal();

        RegistryPackageType rp = FolderMapper.toEbRim(folder);
        Folder back = FolderMapper.fromEbRim(rp, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(folder);
        assertThat(rp.getDescription()).isNull();
        assertThat(rp.getVersionInfo()).isNull();
        assertThat(slotNames(rp)).isEmpty();
        assertThat(classificationSchemes(rp)).containsExactly(FOLDER_CODE_LIST_SCHEME, FOLDER_CLASS_NODE);
        assertThat(back.comments()).isEmpty();
        assertThat(back.extraSlots()).isEmpty();
        assertThat(back.limitedMetadata()).isFalse();
    }

    @Test
    void unknownSlotIsKeptAsSent() {
        RegistryPackageType rp = FolderMapper.toEbRim(minimal());
        addSlot(rp, "urn:carnet:test:extra", "kept");

        Folder back = FolderMapper.fromEbRim(rp, errors);

        expectNone(errors);
        assertThat(back.extraSlots()).containsExactly(new Slot("urn:carnet:test:extra", List.of("kept")));
    }

    @Test
    void lastUpdateTimeWithTwoValues() {
        RegistryPackageType rp = FolderMapper.toEbRim(full());
        slot(rp, SLOT_LAST_UPDATE_TIME).getValueList().getValue().add("20220101");

        Folder back = FolderMapper.fromEbRim(rp, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Folder01");
        assertThat(back.lastUpdateTime()).isEqualTo("20210604135051");
    }

    @Test
    void codeListEntryWithoutNodeRepresentation() {
        RegistryPackageType rp = FolderMapper.toEbRim(minimal());
        classification(rp, FOLDER_CODE_LIST_SCHEME).setNodeRepresentation(null);

        FolderMapper.fromEbRim(rp, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Folder01");
    }
}
