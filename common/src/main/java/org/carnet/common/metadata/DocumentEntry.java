package org.carnet.common.metadata;

import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_ON_DEMAND;
import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_STABLE;

import java.util.ArrayList;
import java.util.List;

/**
 * An XDS DocumentEntry (ITI TF-3 4.2.3.2): the metadata of one document. Immutable; build with
 * {@link #builder(String)}. Times are HL7 DTM strings as sent; hash is lower-case hex SHA-1.
 */
public record DocumentEntry(
        String entryUuid,
        String logicalId,
        String version,
        String objectType,
        String mimeType,
        String availabilityStatus,
        String homeCommunityId,
        Cx patientId,
        String uniqueId,
        List<LocalizedString> title,
        List<LocalizedString> comments,
        List<Author> authors,
        Code classCode,
        List<Code> confidentialityCodes,
        List<Code> eventCodes,
        Code formatCode,
        Code healthcareFacilityTypeCode,
        Code practiceSettingCode,
        Code typeCode,
        String creationTime,
        String serviceStartTime,
        String serviceStopTime,
        String languageCode,
        String legalAuthenticator,
        String sourcePatientId,
        List<String> sourcePatientInfo,
        String hash,
        Long size,
        String uri,
        String repositoryUniqueId,
        List<String> referenceIdList,
        String documentAvailability,
        List<Slot> extraSlots) {

    public DocumentEntry {
        title = List.copyOf(title);
        comments = List.copyOf(comments);
        authors = List.copyOf(authors);
        confidentialityCodes = List.copyOf(confidentialityCodes);
        eventCodes = List.copyOf(eventCodes);
        sourcePatientInfo = List.copyOf(sourcePatientInfo);
        referenceIdList = List.copyOf(referenceIdList);
        extraSlots = List.copyOf(extraSlots);
    }

    public static Builder builder(String entryUuid) {
        return new Builder(entryUuid);
    }

    public boolean isOnDemand() {
        return DOC_ENTRY_ON_DEMAND.equals(objectType);
    }

    public Builder toBuilder() {
        Builder b = new Builder(entryUuid);
        b.logicalId = logicalId;
        b.version = version;
        b.objectType = objectType;
        b.mimeType = mimeType;
        b.availabilityStatus = availabilityStatus;
        b.homeCommunityId = homeCommunityId;
        b.patientId = patientId;
        b.uniqueId = uniqueId;
        b.title.addAll(title);
        b.comments.addAll(comments);
        b.authors.addAll(authors);
        b.classCode = classCode;
        b.confidentialityCodes.addAll(confidentialityCodes);
        b.eventCodes.addAll(eventCodes);
        b.formatCode = formatCode;
        b.healthcareFacilityTypeCode = healthcareFacilityTypeCode;
        b.practiceSettingCode = practiceSettingCode;
        b.typeCode = typeCode;
        b.creationTime = creationTime;
        b.serviceStartTime = serviceStartTime;
        b.serviceStopTime = serviceStopTime;
        b.languageCode = languageCode;
        b.legalAuthenticator = legalAuthenticator;
        b.sourcePatientId = sourcePatientId;
        b.sourcePatientInfo.addAll(sourcePatientInfo);
        b.hash = hash;
        b.size = size;
        b.uri = uri;
        b.repositoryUniqueId = repositoryUniqueId;
        b.referenceIdList.addAll(referenceIdList);
        b.documentAvailability = documentAvailability;
        b.extraSlots.addAll(extraSlots);
        return b;
    }

    /** Fluent builder; every optional field may stay unset. */
    public static final class Builder {
        private String entryUuid;
        private String logicalId;
        private String version;
        private String objectType = DOC_ENTRY_STABLE;
        private String mimeType;
        private String availabilityStatus;
        private String homeCommunityId;
        private Cx patientId;
        private String uniqueId;
        private final List<LocalizedString> title = new ArrayList<>();
        private final List<LocalizedString> comments = new ArrayList<>();
        private final List<Author> authors = new ArrayList<>();
        private Code classCode;
        private final List<Code> confidentialityCodes = new ArrayList<>();
        private final List<Code> eventCodes = new ArrayList<>();
        private Code formatCode;
        private Code healthcareFacilityTypeCode;
        private Code practiceSettingCode;
        private Code typeCode;
        private String creationTime;
        private String serviceStartTime;
        private String serviceStopTime;
        private String languageCode;
        private String legalAuthenticator;
        private String sourcePatientId;
        private final List<String> sourcePatientInfo = new ArrayList<>();
        private String hash;
        private Long size;
        private String uri;
        private String repositoryUniqueId;
        private final List<String> referenceIdList = new ArrayList<>();
        private String documentAvailability;
        private final List<Slot> extraSlots = new ArrayList<>();

        private Builder(String entryUuid) {
            this.entryUuid = entryUuid;
        }

        public Builder entryUuid(String v) { entryUuid = v; return this; }
        public Builder logicalId(String v) { logicalId = v; return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder objectType(String v) { objectType = v; return this; }
        public Builder mimeType(String v) { mimeType = v; return this; }
        public Builder availabilityStatus(String v) { availabilityStatus = v; return this; }
        public Builder homeCommunityId(String v) { homeCommunityId = v; return this; }
        public Builder patientId(Cx v) { patientId = v; return this; }
        public Builder uniqueId(String v) { uniqueId = v; return this; }
        public Builder title(LocalizedString v) { title.add(v); return this; }
        public Builder comments(LocalizedString v) { comments.add(v); return this; }
        public Builder author(Author v) { authors.add(v); return this; }
        public Builder classCode(Code v) { classCode = v; return this; }
        public Builder confidentialityCode(Code v) { confidentialityCodes.add(v); return this; }
        public Builder eventCode(Code v) { eventCodes.add(v); return this; }
        public Builder formatCode(Code v) { formatCode = v; return this; }
        public Builder healthcareFacilityTypeCode(Code v) { healthcareFacilityTypeCode = v; return this; }
        public Builder practiceSettingCode(Code v) { practiceSettingCode = v; return this; }
        public Builder typeCode(Code v) { typeCode = v; return this; }
        public Builder creationTime(String v) { creationTime = v; return this; }
        public Builder serviceStartTime(String v) { serviceStartTime = v; return this; }
        public Builder serviceStopTime(String v) { serviceStopTime = v; return this; }
        public Builder languageCode(String v) { languageCode = v; return this; }
        public Builder legalAuthenticator(String v) { legalAuthenticator = v; return this; }
        public Builder sourcePatientId(String v) { sourcePatientId = v; return this; }
        public Builder sourcePatientInfo(String v) { sourcePatientInfo.add(v); return this; }
        public Builder hash(String v) { hash = v; return this; }
        public Builder size(Long v) { size = v; return this; }
        public Builder uri(String v) { uri = v; return this; }
        public Builder repositoryUniqueId(String v) { repositoryUniqueId = v; return this; }
        public Builder referenceId(String v) { referenceIdList.add(v); return this; }
        public Builder documentAvailability(String v) { documentAvailability = v; return this; }
        public Builder extraSlot(Slot v) { extraSlots.add(v); return this; }

        public DocumentEntry build() {
            return new DocumentEntry(entryUuid, logicalId, version, objectType, mimeType, availabilityStatus,
                    homeCommunityId, patientId, uniqueId, title, comments, authors, classCode, confidentialityCodes,
                    eventCodes, formatCode, healthcareFacilityTypeCode, practiceSettingCode, typeCode, creationTime,
                    serviceStartTime, serviceStopTime, languageCode, legalAuthenticator, sourcePatientId,
                    sourcePatientInfo, hash, size, uri, repositoryUniqueId, referenceIdList, documentAvailability,
                    extraSlots);
        }
    }
}
