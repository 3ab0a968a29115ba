package org.carnet.registry.register;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_UPDATE_AVAILABILITY_STATUS;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DEPRECATED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_ARCHIVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Slot;
import org.carnet.common.metadata.Submission;
import org.carnet.registry.store.NewObjects.WithXml;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.RegistryStore.ObjectInfo;
import org.carnet.registry.store.Versions;
import org.carnet.registry.store.Versions.Version;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.RegistryObjectType;
import org.carnet.wsdl.rim.VersionInfoType;

/**
 * ITI-57 Update Document Set (Metadata Update, ITI TF-2 3.57): new versions of document entries and changes of
 * availability status, planned against the registry and applied in the registration's transaction.
 * <ul>
 *   <li>A new version is an ExtrinsicObject or a folder whose logical id is that of a registered one, a member of
 *       the submission set with the slot {@code PreviousVersion} naming the newest version: it becomes version n+1
 *       and version n is deprecated. Its uniqueId may not change, nor its patient unless the node allows it.
 *   <li>{@code UpdateAvailabilityStatus} from the submission set to a registered document entry or folder, with
 *       {@code OriginalStatus} (its current status) and {@code NewStatus}: Approved, Deprecated, or the DMP's
 *       Archived and Deleted (dmp-reference 3, TD3.3c/TD3.3d: a logical delete keeps the bytes).
 * </ul>
 */
final class MetadataUpdate {
    static final String SLOT_PREVIOUS_VERSION = "PreviousVersion";
    static final String SLOT_ORIGINAL_STATUS = "OriginalStatus";
    static final String SLOT_NEW_STATUS = "NewStatus";
    private static final Set<String> STATUSES = Set.of(STATUS_APPROVED, STATUS_DEPRECATED, STATUS_DMP_ARCHIVED,
            STATUS_DMP_DELETED);

    /** A new version of a registered document entry or folder. */
    record NewVersion(ObjectKind kind, String entryUuid, String uniqueId, String previousUuid, int version) {
    }

    /** What a submitted object says about its version: its kind, ids and logical id. */
    private record Versioned(ObjectKind kind, String entryUuid, String logicalId, String uniqueId) {
        boolean isNewVersion() {
            return logicalId != null && !logicalId.equals(entryUuid);
        }
    }

    /** A change of a registered object's availability status. */
    record StatusChange(ObjectInfo target, String newStatus) {
    }

    /** What an update changes; empty for a plain registration. */
    record Plan(List<NewVersion> versions, List<StatusChange> statusChanges) {
        static final Plan NONE = new Plan(List.of(), List.of());

        Set<String> versionedUniqueIds() {
            return versions.stream().map(NewVersion::uniqueId).collect(Collectors.toSet());
        }

        /** Gives each new version its version number in the submitted XML, which is what gets stored. */
        void numberVersions(SubmitObjectsRequest request) {
            for (RegistryObjectType object : request.getRegistryObjectList().getIdentifiable().stream()
                    .map(e -> e.getValue()).filter(RegistryObjectType.class::isInstance)
                    .map(RegistryObjectType.class::cast).toList()) {
                versions.stream().filter(v -> v.entryUuid().equals(object.getId())).findFirst().ifPresent(v -> {
                    VersionInfoType info = new VersionInfoType();
                    info.setVersionName(Integer.toString(v.version()));
                    object.setVersionInfo(info);
                });
            }
        }
    }

    private final RegistryStore store;
    private final Versions versions;
    private final boolean allowPatientIdChange;

    /** @param allowPatientIdChange whether a new version may move a document to another patient (configuration) */
    MetadataUpdate(RegistryStore store, Versions versions, boolean allowPatientIdChange) {
        this.store = store;
        this.versions = versions;
        this.allowPatientIdChange = allowPatientIdChange;
    }

    Plan plan(Connection c, Submission submission, String patient, Map<String, String> originalIds)
            throws SQLException {
        ErrorList errors = new ErrorList();
        List<NewVersion> newVersions = new ArrayList<>();
        List<Versioned> versioned = new ArrayList<>();
        submission.documentEntries().forEach(de -> versioned.add(new Versioned(ObjectKind.DOCUMENT_ENTRY,
                de.entryUuid(), de.logicalId(), de.uniqueId())));
        submission.folders().forEach(f -> versioned.add(new Versioned(ObjectKind.FOLDER, f.entryUuid(),
                f.logicalId(), f.uniqueId())));
        for (Versioned object : versioned) {
            if (object.isNewVersion()) {
                newVersion(c, submission, object, patient, originalIds, errors).ifPresent(newVersions::add);
            }
        }
        List<StatusChange> changes = new ArrayList<>();
        List<Association> updates = submission.associations().stream()
                .filter(a -> ASSOC_UPDATE_AVAILABILITY_STATUS.equals(a.type())).toList();
        Map<String, ObjectInfo> targets = store.objects(c, updates.stream().map(Association::targetUuid).toList());
        for (Association a : updates) {
            statusChange(a, targets.get(a.targetUuid()), submission, patient, originalIds, errors)
                    .ifPresent(changes::add);
        }
        errors.throwIfErrors();
        return new Plan(newVersions, changes);
    }

    private Optional<NewVersion> newVersion(Connection c, Submission submission, Versioned de, String patient,
                                            Map<String, String> originalIds, ErrorList errors) throws SQLException {
        String location = originalIds.getOrDefault(de.entryUuid(), de.entryUuid());
        Optional<Version> latest = versions.latestVersion(c, de.kind(), de.logicalId());
        if (latest.isEmpty()) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "no registered " + name(de.kind()) + " has the logical id "
                    + de.logicalId(), location);
            return Optional.empty();
        }
        Version previous = latest.get();
        String previousVersion = submission.associations().stream()
                .filter(a -> ASSOC_HAS_MEMBER.equals(a.type()) && de.entryUuid().equals(a.targetUuid()))
                .flatMap(a -> a.extraSlots().stream())
                .filter(s -> SLOT_PREVIOUS_VERSION.equals(s.name()))
                .map(Slot::values).filter(v -> !v.isEmpty()).map(v -> v.get(0)).findFirst().orElse(null);
        if (previousVersion == null) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "a new version of " + de.logicalId() + " needs the slot "
                    + SLOT_PREVIOUS_VERSION + " on its HasMember association", location);
        } else if (!previousVersion.trim().equals(Integer.toString(previous.version()))) {
            errors.add(ErrorCode.METADATA_VERSION_ERROR, "PreviousVersion " + previousVersion + " is not the newest "
                    + "version of " + de.logicalId() + " (" + previous.version() + ")", location);
        } else if (!STATUS_APPROVED.equals(previous.status())) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "version " + previous.version() + " of " + de.logicalId()
                    + " is " + previous.status() + ": only an Approved entry gets a new version", location);
        } else if (!previous.uniqueId().equals(de.uniqueId())) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "a new version keeps the uniqueId " + previous.uniqueId()
                    + ", not " + de.uniqueId(), location);
        } else if (!previous.patientKey().equals(patient) && !allowPatientIdChange) {
            errors.add(ErrorCode.PATIENT_ID_RECONCILIATION_ERROR, "a new version may not move the " + name(de.kind()) + " to "
                    + "another patient", location);
        } else {
            return Optional.of(new NewVersion(de.kind(), de.entryUuid(), de.uniqueId(), previous.uuid(),
                    previous.version() + 1));
        }
        return Optional.empty();
    }

    private static String name(ObjectKind kind) {
        return kind == ObjectKind.FOLDER ? "folder" : "document entry";
    }

    private static Optional<StatusChange> statusChange(Association a, ObjectInfo target, Submission submission,
                                                       String patient, Map<String, String> originalIds,
                                                       ErrorList errors) {
        String location = originalIds.getOrDefault(a.entryUuid(), a.entryUuid());
        String original = slot(a, SLOT_ORIGINAL_STATUS);
        String requested = slot(a, SLOT_NEW_STATUS);
        if (!submission.submissionSet().entryUuid().equals(a.sourceUuid())) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "UpdateAvailabilityStatus goes from the submission set",
                    location);
        } else if (target == null) {
            errors.add(ErrorCode.UNRESOLVED_REFERENCE_EXCEPTION, "no registered object " + a.targetUuid(), location);
        } else if (target.kind() != ObjectKind.DOCUMENT_ENTRY && target.kind() != ObjectKind.FOLDER) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "only a document entry or a folder changes status", location);
        } else if (!target.patientKey().equals(patient)) {
            errors.add(ErrorCode.PATIENT_ID_DOES_NOT_MATCH, a.targetUuid() + " belongs to another patient", location);
        } else if (original == null || requested == null) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "UpdateAvailabilityStatus needs the slots "
                    + SLOT_ORIGINAL_STATUS + " and " + SLOT_NEW_STATUS, location);
        } else if (!original.equals(target.status())) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "OriginalStatus " + original + " is not the current status ("
                    + target.status() + ") of " + a.targetUuid(), location);
        } else if (!STATUSES.contains(requested)) {
            errors.add(ErrorCode.METADATA_UPDATE_ERROR, "NewStatus " + requested + " is not a status this registry "
                    + "knows (" + String.join(", ", STATUSES) + ")", location);
        } else {
            return Optional.of(new StatusChange(target, requested));
        }
        return Optional.empty();
    }

    private static String slot(Association a, String name) {
        return a.extraSlots().stream().filter(s -> name.equals(s.name())).map(Slot::values)
                .filter(v -> !v.isEmpty()).map(v -> v.get(0)).findFirst().orElse(null);
    }

    /**
     * Deprecates the previous versions and changes the statuses. A new folder version keeps the folder's documents:
     * the registry adds a HasMember from the new version to each document of the previous one (association
     * propagation, Metadata Update ITI TF-3 4.1.12 [to verify against the TF text]).
     */
    void apply(Connection c, Plan plan, String patient) throws SQLException {
        List<WithXml<Association>> propagated = new ArrayList<>();
        for (NewVersion v : plan.versions()) {
            versions.setStatus(c, v.kind(), v.previousUuid(), STATUS_DEPRECATED);
            if (v.kind() == ObjectKind.FOLDER) {
                for (String document : store.documentsIn(c, v.previousUuid())) {
                    propagated.add(Lifecycle.member(v.entryUuid(), document));
                }
            }
        }
        if (!propagated.isEmpty()) {
            store.addAssociations(c, patient, propagated);
        }
        for (StatusChange change : plan.statusChanges()) {
            versions.setStatus(c, change.target().kind(), change.target().uuid(), change.newStatus());
        }
    }
}
