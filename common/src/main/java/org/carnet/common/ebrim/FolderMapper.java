package org.carnet.common.ebrim;

import static org.carnet.common.ebrim.EbRimBuilder.addExternalIdentifier;
import static org.carnet.common.ebrim.EbRimBuilder.addSlot;
import static org.carnet.common.ebrim.RegistryObjects.singleSlot;
import static org.carnet.common.vocabulary.Vocabulary.*;

import java.util.Set;

import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Folder;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.carnet.wsdl.rim.VersionInfoType;

/** Folder ↔ {@code rim:RegistryPackage} classified as a folder (ITI TF-3 4.2.3.4). */
public final class FolderMapper {
    private static final Set<String> KNOWN_SLOTS = Set.of(SLOT_LAST_UPDATE_TIME);

    private FolderMapper() {
    }

    public static boolean isFolder(RegistryPackageType rp) {
        return RegistryObjects.hasClassificationNode(rp, FOLDER_CLASS_NODE);
    }

    public static Folder fromEbRim(RegistryPackageType rp, ErrorList errors) {
        Folder.Builder b = Folder.builder(rp.getId())
                .logicalId(rp.getLid())
                .version(rp.getVersionInfo() == null ? null : rp.getVersionInfo().getVersionName())
                .availabilityStatus(rp.getStatus())
                .homeCommunityId(rp.getHome())
                .patientId(RegistryObjects.patientId(rp, FOLDER_PATIENT_ID_SCHEME, FOLDER_PATIENT_ID_NAME, errors))
                .uniqueId(RegistryObjects.externalIdentifier(rp, FOLDER_UNIQUE_ID_SCHEME, FOLDER_UNIQUE_ID_NAME,
                        errors))
                .lastUpdateTime(singleSlot(rp, SLOT_LAST_UPDATE_TIME, errors))
                .limitedMetadata(RegistryObjects.hasClassificationNode(rp, FOLDER_LIMITED_METADATA_NODE));
        RegistryObjects.localized(rp.getName()).forEach(b::title);
        RegistryObjects.localized(rp.getDescription()).forEach(b::comments);
        RegistryObjects.codes(rp, FOLDER_CODE_LIST_SCHEME, "codeList", errors).forEach(b::code);
        RegistryObjects.extraSlots(rp, KNOWN_SLOTS).forEach(b::extraSlot);
        return b.build();
    }

    public static RegistryPackageType toEbRim(Folder folder) {
        RegistryPackageType rp = new RegistryPackageType();
        rp.setId(folder.entryUuid());
        rp.setLid(folder.logicalId());
        rp.setObjectType(OBJECT_TYPE_REGISTRY_PACKAGE);
        rp.setStatus(folder.availabilityStatus());
        rp.setHome(folder.homeCommunityId());
        if (folder.version() != null) {
            VersionInfoType v = new VersionInfoType();
            v.setVersionName(folder.version());
            rp.setVersionInfo(v);
        }
        addSlot(rp, SLOT_LAST_UPDATE_TIME, folder.lastUpdateTime());
        EbRimBuilder.addSlots(rp, folder.extraSlots());
        rp.setName(EbRimBuilder.international(folder.title()));
        rp.setDescription(EbRimBuilder.international(folder.comments()));
        for (Code code : folder.codeList()) {
            EbRimBuilder.addCode(rp, FOLDER_CODE_LIST_SCHEME, code);
        }
        EbRimBuilder.addNode(rp, FOLDER_CLASS_NODE);
        if (folder.limitedMetadata()) {
            EbRimBuilder.addNode(rp, FOLDER_LIMITED_METADATA_NODE);
        }
        addExternalIdentifier(rp, FOLDER_PATIENT_ID_SCHEME, FOLDER_PATIENT_ID_NAME,
                folder.patientId() == null ? null : folder.patientId().value());
        addExternalIdentifier(rp, FOLDER_UNIQUE_ID_SCHEME, FOLDER_UNIQUE_ID_NAME, folder.uniqueId());
        return rp;
    }
}
