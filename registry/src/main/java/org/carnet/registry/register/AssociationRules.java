package org.carnet.registry.register;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_APND;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_SIGNS;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_XFRM;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_XFRM_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;

import java.util.Map;
import java.util.Set;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Association;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.RegistryStore.ObjectInfo;

/**
 * The rules an association must satisfy against what the registry holds (ITI TF-3 4.2.2): both ends exist, in
 * the submission or in the registry (UnresolvedReferenceException), belong to the submission's patient
 * (XDSPatientIdDoesNotMatch), and join objects of the right kinds; a document relationship (RPLC, APND, XFRM,
 * XFRM_RPLC) goes from a new document entry to an Approved registered one (XDSRegistryDeprecatedDocumentError).
 */
final class AssociationRules {
    static final Set<String> RELATIONSHIPS = Set.of(ASSOC_RPLC, ASSOC_APND, ASSOC_XFRM, ASSOC_XFRM_RPLC);

    private final Map<String, ObjectInfo> objects;
    private final Set<String> newObjects;
    private final String submissionSet;
    private final String patient;
    private final Map<String, String> originalIds;

    /**
     * @param objects     every object the associations may name, new ones and registered ones, by entryUUID
     * @param newObjects  the entryUUIDs of this submission's objects
     * @param originalIds entryUUID → the id the submitter wrote, for error locations
     */
    AssociationRules(Map<String, ObjectInfo> objects, Set<String> newObjects, String submissionSet, String patient,
                     Map<String, String> originalIds) {
        this.objects = objects;
        this.newObjects = newObjects;
        this.submissionSet = submissionSet;
        this.patient = patient;
        this.originalIds = originalIds;
    }

    void check(Association a, ErrorList errors) {
        String location = originalIds.getOrDefault(a.entryUuid(), a.entryUuid());
        ObjectInfo source = end(a.sourceUuid(), location, errors);
        ObjectInfo target = end(a.targetUuid(), location, errors);
        if (source == null || target == null) {
            return;
        }
        if (RELATIONSHIPS.contains(a.type())) {
            checkRelationship(a, source, target, location, errors);
        } else if (ASSOC_SIGNS.equals(a.type())) {
            if (source.kind() != ObjectKind.DOCUMENT_ENTRY || !newObjects.contains(source.uuid())) {
                errors.metadata("a signs association goes from a document entry of this submission", location);
            }
        } else if (ASSOC_HAS_MEMBER.equals(a.type())) {
            checkMembership(source, target, location, errors);
        }
    }

    private ObjectInfo end(String uuid, String location, ErrorList errors) {
        ObjectInfo info = objects.get(uuid);
        if (info == null) {
            errors.add(ErrorCode.UNRESOLVED_REFERENCE_EXCEPTION, "association refers to "
                    + originalIds.getOrDefault(uuid, uuid) + ", which is neither in the submission nor in the registry",
                    location);
            return null;
        }
        if (!info.patientKey().equals(patient)) {
            errors.add(ErrorCode.PATIENT_ID_DOES_NOT_MATCH, "association refers to " + uuid
                    + ", which belongs to another patient", location);
            return null;
        }
        return info;
    }

    private void checkRelationship(Association a, ObjectInfo source, ObjectInfo target, String location,
                                   ErrorList errors) {
        if (source.kind() != ObjectKind.DOCUMENT_ENTRY || !newObjects.contains(source.uuid())) {
            errors.metadata("a document relationship goes from a document entry of this submission", location);
        } else if (target.kind() != ObjectKind.DOCUMENT_ENTRY || newObjects.contains(target.uuid())) {
            errors.metadata("a document relationship goes to a document entry already in the registry", location);
        } else if (!STATUS_APPROVED.equals(target.status())) {
            errors.add(ErrorCode.REGISTRY_DEPRECATED_DOCUMENT_ERROR, "document " + target.uuid() + " is "
                    + target.status() + ": only an Approved document can be replaced, appended or transformed",
                    location);
        }
    }

    /**
     * HasMember (ITI TF-3 4.2.2.1): from this submission's submission set to a document, folder or association;
     * from a folder to a document.
     */
    private void checkMembership(ObjectInfo source, ObjectInfo target, String location, ErrorList errors) {
        if (source.uuid().equals(submissionSet)) {
            return;
        }
        if (source.kind() == ObjectKind.SUBMISSION_SET) {
            errors.metadata("HasMember from another submission set than this submission's", location);
        } else if (source.kind() != ObjectKind.FOLDER) {
            errors.metadata("HasMember goes from the submission set or from a folder", location);
        } else if (target.kind() != ObjectKind.DOCUMENT_ENTRY) {
            errors.metadata("a folder's members are document entries", location);
        }
    }
}
