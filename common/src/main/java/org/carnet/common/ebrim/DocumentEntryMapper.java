package org.carnet.common.ebrim;

import static org.carnet.common.ebrim.EbRimBuilder.addCode;
import static org.carnet.common.ebrim.EbRimBuilder.addExternalIdentifier;
import static org.carnet.common.ebrim.EbRimBuilder.addSlot;
import static org.carnet.common.ebrim.RegistryObjects.singleCode;
import static org.carnet.common.ebrim.RegistryObjects.singleSlot;
import static org.carnet.common.ebrim.RegistryObjects.slotValues;
import static org.carnet.common.vocabulary.Vocabulary.*;

import java.util.Set;

import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.VersionInfoType;

/** DocumentEntry ↔ {@code rim:ExtrinsicObject} (ITI TF-3 4.2.3.2, Table 4.2.3.2-1). */
public final class DocumentEntryMapper {
    private static final Set<String> KNOWN_SLOTS = Set.of(SLOT_CREATION_TIME, SLOT_SERVICE_START_TIME,
            SLOT_SERVICE_STOP_TIME, SLOT_LANGUAGE_CODE, SLOT_LEGAL_AUTHENTICATOR, SLOT_SOURCE_PATIENT_ID,
            SLOT_SOURCE_PATIENT_INFO, SLOT_HASH, SLOT_SIZE, SLOT_URI, SLOT_REPOSITORY_UNIQUE_ID,
            SLOT_REFERENCE_ID_LIST, SLOT_DOCUMENT_AVAILABILITY);

    private DocumentEntryMapper() {
    }

    public static DocumentEntry fromEbRim(ExtrinsicObjectType eo, ErrorList errors) {
        String id = eo.getId();
        DocumentEntry.Builder b = DocumentEntry.builder(id)
                .logicalId(eo.getLid())
                .version(eo.getVersionInfo() == null ? null : eo.getVersionInfo().getVersionName())
                .objectType(eo.getObjectType())
                .mimeType(eo.isSetMimeType() ? eo.getMimeType() : null) // not the schema default: absent
                .availabilityStatus(eo.getStatus())
                .homeCommunityId(eo.getHome())
                .patientId(RegistryObjects.patientId(eo, DOC_ENTRY_PATIENT_ID_SCHEME, DOC_ENTRY_PATIENT_ID_NAME, errors))
                .uniqueId(RegistryObjects.externalIdentifier(eo, DOC_ENTRY_UNIQUE_ID_SCHEME, DOC_ENTRY_UNIQUE_ID_NAME,
                        errors))
                .classCode(singleCode(eo, DOC_ENTRY_CLASS_CODE_SCHEME, "classCode", errors))
                .formatCode(singleCode(eo, DOC_ENTRY_FORMAT_CODE_SCHEME, "formatCode", errors))
                .healthcareFacilityTypeCode(singleCode(eo, DOC_ENTRY_HEALTHCARE_FACILITY_TYPE_CODE_SCHEME,
                        "healthcareFacilityTypeCode", errors))
                .practiceSettingCode(singleCode(eo, DOC_ENTRY_PRACTICE_SETTING_CODE_SCHEME, "practiceSettingCode",
                        errors))
                .typeCode(singleCode(eo, DOC_ENTRY_TYPE_CODE_SCHEME, "typeCode", errors))
                .creationTime(singleSlot(eo, SLOT_CREATION_TIME, errors))
                .serviceStartTime(singleSlot(eo, SLOT_SERVICE_START_TIME, errors))
                .serviceStopTime(singleSlot(eo, SLOT_SERVICE_STOP_TIME, errors))
                .languageCode(singleSlot(eo, SLOT_LANGUAGE_CODE, errors))
                .legalAuthenticator(singleSlot(eo, SLOT_LEGAL_AUTHENTICATOR, errors))
                .sourcePatientId(singleSlot(eo, SLOT_SOURCE_PATIENT_ID, errors))
                .hash(singleSlot(eo, SLOT_HASH, errors))
                .size(size(eo, errors))
                .uri(singleSlot(eo, SLOT_URI, errors))
                .repositoryUniqueId(singleSlot(eo, SLOT_REPOSITORY_UNIQUE_ID, errors))
                .documentAvailability(singleSlot(eo, SLOT_DOCUMENT_AVAILABILITY, errors));
        RegistryObjects.localized(eo.getName()).forEach(b::title);
        RegistryObjects.localized(eo.getDescription()).forEach(b::comments);
        AuthorMapper.fromEbRim(eo, DOC_ENTRY_AUTHOR_SCHEME, errors).forEach(b::author);
        RegistryObjects.codes(eo, DOC_ENTRY_CONFIDENTIALITY_CODE_SCHEME, "confidentialityCode", errors)
                .forEach(b::confidentialityCode);
        RegistryObjects.codes(eo, DOC_ENTRY_EVENT_CODE_SCHEME, "eventCodeList", errors).forEach(b::eventCode);
        slotValues(eo, SLOT_SOURCE_PATIENT_INFO).forEach(b::sourcePatientInfo);
        slotValues(eo, SLOT_REFERENCE_ID_LIST).forEach(b::referenceId);
        RegistryObjects.extraSlots(eo, KNOWN_SLOTS).forEach(b::extraSlot);
        if (RegistryObjects.hasClassificationNode(eo, DOC_ENTRY_LIMITED_METADATA_NODE)) {
            errors.metadata("limitedMetadata is for XDR and XDM, not for an XDS registry", id);
        }
        return b.build();
    }

    private static Long size(ExtrinsicObjectType eo, ErrorList errors) {
        String size = singleSlot(eo, SLOT_SIZE, errors);
        if (size == null) {
            return null;
        }
        try {
            long value = Long.parseLong(size.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.metadata("size '" + size + "' is not a number of bytes", eo.getId());
            return null;
        }
    }

    public static ExtrinsicObjectType toEbRim(DocumentEntry de) {
        ExtrinsicObjectType eo = new ExtrinsicObjectType();
        eo.setId(de.entryUuid());
        eo.setLid(de.logicalId());
        eo.setObjectType(de.objectType());
        eo.setMimeType(de.mimeType());
        eo.setStatus(de.availabilityStatus());
        eo.setHome(de.homeCommunityId());
        if (de.version() != null) {
            VersionInfoType v = new VersionInfoType();
            v.setVersionName(de.version());
            eo.setVersionInfo(v);
        }
        addSlot(eo, SLOT_CREATION_TIME, de.creationTime());
        addSlot(eo, SLOT_LANGUAGE_CODE, de.languageCode());
        addSlot(eo, SLOT_LEGAL_AUTHENTICATOR, de.legalAuthenticator());
        addSlot(eo, SLOT_SERVICE_START_TIME, de.serviceStartTime());
        addSlot(eo, SLOT_SERVICE_STOP_TIME, de.serviceStopTime());
        addSlot(eo, SLOT_SOURCE_PATIENT_ID, de.sourcePatientId());
        addSlot(eo, SLOT_SOURCE_PATIENT_INFO, de.sourcePatientInfo());
        addSlot(eo, SLOT_HASH, de.hash());
        addSlot(eo, SLOT_SIZE, de.size() == null ? null : de.size().toString());
        addSlot(eo, SLOT_URI, de.uri());
        addSlot(eo, SLOT_REPOSITORY_UNIQUE_ID, de.repositoryUniqueId());
        addSlot(eo, SLOT_REFERENCE_ID_LIST, de.referenceIdList());
        addSlot(eo, SLOT_DOCUMENT_AVAILABILITY, de.documentAvailability());
        EbRimBuilder.addSlots(eo, de.extraSlots());
        eo.setName(EbRimBuilder.international(de.title()));
        eo.setDescription(EbRimBuilder.international(de.comments()));
        AuthorMapper.toEbRim(de.authors(), DOC_ENTRY_AUTHOR_SCHEME, eo);
        addCode(eo, DOC_ENTRY_CLASS_CODE_SCHEME, de.classCode());
        for (Code c : de.confidentialityCodes()) {
            addCode(eo, DOC_ENTRY_CONFIDENTIALITY_CODE_SCHEME, c);
        }
        for (Code c : de.eventCodes()) {
            addCode(eo, DOC_ENTRY_EVENT_CODE_SCHEME, c);
        }
        addCode(eo, DOC_ENTRY_FORMAT_CODE_SCHEME, de.formatCode());
        addCode(eo, DOC_ENTRY_HEALTHCARE_FACILITY_TYPE_CODE_SCHEME, de.healthcareFacilityTypeCode());
        addCode(eo, DOC_ENTRY_PRACTICE_SETTING_CODE_SCHEME, de.practiceSettingCode());
        addCode(eo, DOC_ENTRY_TYPE_CODE_SCHEME, de.typeCode());
        addExternalIdentifier(eo, DOC_ENTRY_PATIENT_ID_SCHEME, DOC_ENTRY_PATIENT_ID_NAME,
                de.patientId() == null ? null : de.patientId().value());
        addExternalIdentifier(eo, DOC_ENTRY_UNIQUE_ID_SCHEME, DOC_ENTRY_UNIQUE_ID_NAME, de.uniqueId());
        return eo;
    }
}
