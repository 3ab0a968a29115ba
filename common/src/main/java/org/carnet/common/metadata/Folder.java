package org.carnet.common.metadata;

import java.util.ArrayList;
import java.util.List;

/** An XDS Folder (ITI TF-3 4.2.3.4). Immutable; build with {@link #builder(String)}. */
public record Folder(
        String entryUuid,
        String logicalId,
        String version,
        String availabilityStatus,
        String homeCommunityId,
        Cx patientId,
        String uniqueId,
        String lastUpdateTime,
        List<LocalizedString> title,
        List<LocalizedString> comments,
        List<Code> codeList,
        boolean limitedMetadata,
        List<Slot> extraSlots) {

    public Folder {
        title = List.copyOf(title);
        comments = List.copyOf(comments);
        codeList = List.copyOf(codeList);
        extraSlots = List.copyOf(extraSlots);
    }

    public static Builder builder(String entryUuid) {
        return new Builder(entryUuid);
    }

    /** Fluent builder; every optional field may stay unset. */
    public static final class Builder {
        private final String entryUuid;
        private String logicalId;
        private String version;
        private String availabilityStatus;
        private String homeCommunityId;
        private Cx patientId;
        private String uniqueId;
        private String lastUpdateTime;
        private final List<LocalizedString> title = new ArrayList<>();
        private final List<LocalizedString> comments = new ArrayList<>();
        private final List<Code> codeList = new ArrayList<>();
        private boolean limitedMetadata;
        private final List<Slot> extraSlots = new ArrayList<>();

        private Builder(String entryUuid) {
            this.entryUuid = entryUuid;
        }

        public Builder logicalId(String v) { logicalId = v; return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder availabilityStatus(String v) { availabilityStatus = v; return this; }
        public Builder homeCommunityId(String v) { homeCommunityId = v; return this; }
        public Builder patientId(Cx v) { patientId = v; return this; }
        public Builder uniqueId(String v) { uniqueId = v; return this; }
        public Builder lastUpdateTime(String v) { lastUpdateTime = v; return this; }
        public Builder title(LocalizedString v) { title.add(v); return this; }
        public Builder comments(LocalizedString v) { comments.add(v); return this; }
        public Builder code(Code v) { codeList.add(v); return this; }
        public Builder limitedMetadata(boolean v) { limitedMetadata = v; return this; }
        public Builder extraSlot(Slot v) { extraSlots.add(v); return this; }

        public Folder build() {
            return new Folder(entryUuid, logicalId, version, availabilityStatus, homeCommunityId, patientId, uniqueId,
                    lastUpdateTime, title, comments, codeList, limitedMetadata, extraSlots);
        }
    }
}
