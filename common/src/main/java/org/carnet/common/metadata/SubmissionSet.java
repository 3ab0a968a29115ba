package org.carnet.common.metadata;

import java.util.ArrayList;
import java.util.List;

/** An XDS SubmissionSet (ITI TF-3 4.2.3.3). Immutable; build with {@link #builder(String)}. */
public record SubmissionSet(
        String entryUuid,
        String availabilityStatus,
        String homeCommunityId,
        Cx patientId,
        String uniqueId,
        String sourceId,
        String submissionTime,
        List<LocalizedString> title,
        List<LocalizedString> comments,
        List<Author> authors,
        Code contentTypeCode,
        List<String> intendedRecipients,
        boolean limitedMetadata,
        List<Slot> extraSlots) {

    public SubmissionSet {
        title = List.copyOf(title);
        comments = List.copyOf(comments);
        authors = List.copyOf(authors);
        intendedRecipients = List.copyOf(intendedRecipients);
        extraSlots = List.copyOf(extraSlots);
    }

    public static Builder builder(String entryUuid) {
        return new Builder(entryUuid);
    }

    /** Fluent builder; every optional field may stay unset. */
    public static final class Builder {
        private final String entryUuid;
        private String availabilityStatus;
        private String homeCommunityId;
        private Cx patientId;
        private String uniqueId;
        private String sourceId;
        private String submissionTime;
        private final List<LocalizedString> title = new ArrayList<>();
        private final List<LocalizedString> comments = new ArrayList<>();
        private final List<Author> authors = new ArrayList<>();
        private Code contentTypeCode;
        private final List<String> intendedRecipients = new ArrayList<>();
        private boolean limitedMetadata;
        private final List<Slot> extraSlots = new ArrayList<>();

        private Builder(String entryUuid) {
            this.entryUuid = entryUuid;
        }

        public Builder availabilityStatus(String v) { availabilityStatus = v; return this; }
        public Builder homeCommunityId(String v) { homeCommunityId = v; return this; }
        public Builder patientId(Cx v) { patientId = v; return this; }
        public Builder uniqueId(String v) { uniqueId = v; return this; }
        public Builder sourceId(String v) { sourceId = v; return this; }
        public Builder submissionTime(String v) { submissionTime = v; return this; }
        public Builder title(LocalizedString v) { title.add(v); return this; }
        public Builder comments(LocalizedString v) { comments.add(v); return this; }
        public Builder author(Author v) { authors.add(v); return this; }
        public Builder contentTypeCode(Code v) { contentTypeCode = v; return this; }
        public Builder intendedRecipient(String v) { intendedRecipients.add(v); return this; }
        public Builder limitedMetadata(boolean v) { limitedMetadata = v; return this; }
        public Builder extraSlot(Slot v) { extraSlots.add(v); return this; }

        public SubmissionSet build() {
            return new SubmissionSet(entryUuid, availabilityStatus, homeCommunityId, patientId, uniqueId, sourceId,
                    submissionTime, title, comments, authors, contentTypeCode, intendedRecipients, limitedMetadata,
                    extraSlots);
        }
    }
}
