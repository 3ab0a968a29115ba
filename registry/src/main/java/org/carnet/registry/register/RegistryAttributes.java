package org.carnet.registry.register;

import static org.carnet.common.vocabulary.Vocabulary.SLOT_LAST_UPDATE_TIME;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.carnet.common.ebrim.FolderMapper;
import org.carnet.common.ebrim.Slots;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.RegistryObjectType;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.carnet.wsdl.rim.VersionInfoType;

/**
 * What the registry itself sets on the objects it registers (ITI TF-3 4.1.x): status Approved on every
 * object; logicalID = entryUUID and version 1 for document entries and folders (Metadata Update, ITI TF-3
 * 4.1.12.2: a first version); and a folder's lastUpdateTime, which the registry owns (NIST 12323).
 */
final class RegistryAttributes {
    private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private RegistryAttributes() {
    }

    static String dtm(Instant instant) {
        return DTM.format(instant);
    }

    static void apply(SubmitObjectsRequest request, Instant now) {
        for (IdentifiableType object : SubmissionMapper.objects(request)) {
            if (!(object instanceof RegistryObjectType ro)) {
                continue;
            }
            ro.setStatus(STATUS_APPROVED);
            if (ro instanceof ExtrinsicObjectType) {
                firstVersion(ro);
            }
            if (ro instanceof RegistryPackageType rp && FolderMapper.isFolder(rp)) {
                firstVersion(rp);
                Slots.replace(rp, SLOT_LAST_UPDATE_TIME, DTM.format(now));
            }
        }
    }

    private static void firstVersion(RegistryObjectType ro) {
        if (ro.getLid() == null) {
            ro.setLid(ro.getId());
        }
        VersionInfoType version = new VersionInfoType();
        version.setVersionName("1");
        ro.setVersionInfo(version);
    }
}
