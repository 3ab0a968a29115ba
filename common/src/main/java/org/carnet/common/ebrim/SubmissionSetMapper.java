package org.carnet.common.ebrim;

import static org.carnet.common.ebrim.EbRimBuilder.addExternalIdentifier;
import static org.carnet.common.ebrim.EbRimBuilder.addSlot;
import static org.carnet.common.ebrim.RegistryObjects.singleSlot;
import static org.carnet.common.vocabulary.Vocabulary.*;

import java.util.Set;

import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.SubmissionSet;
import org.carnet.wsdl.rim.RegistryPackageType;

/** SubmissionSet ↔ {@code rim:RegistryPackage} classified as a submission set (ITI TF-3 4.2.3.3). */
public final class SubmissionSetMapper {
    private static final Set<String> KNOWN_SLOTS = Set.of(SLOT_SUBMISSION_TIME, SLOT_INTENDED_RECIPIENT);

    private SubmissionSetMapper() {
    }

    public static boolean isSubmissionSet(RegistryPackageType rp) {
        return RegistryObjects.hasClassificationNode(rp, SUBMISSION_SET_CLASS_NODE);
    }

    public static SubmissionSet fromEbRim(RegistryPackageType rp, ErrorList errors) {
        SubmissionSet.Builder b = SubmissionSet.builder(rp.getId())
                .availabilityStatus(rp.getStatus())
                .homeCommunityId(rp.getHome())
                .patientId(RegistryObjects.patientId(rp, SUBMISSION_SET_PATIENT_ID_SCHEME,
                        SUBMISSION_SET_PATIENT_ID_NAME, errors))
                .uniqueId(RegistryObjects.externalIdentifier(rp, SUBMISSION_SET_UNIQUE_ID_SCHEME,
                        SUBMISSION_SET_UNIQUE_ID_NAME, errors))
                .sourceId(RegistryObjects.externalIdentifier(rp, SUBMISSION_SET_SOURCE_ID_SCHEME,
                        SUBMISSION_SET_SOURCE_ID_NAME, errors))
                .submissionTime(singleSlot(rp, SLOT_SUBMISSION_TIME, errors))
                .contentTypeCode(RegistryObjects.singleCode(rp, SUBMISSION_SET_CONTENT_TYPE_CODE_SCHEME,
                        "contentTypeCode", errors))
                .limitedMetadata(RegistryObjects.hasClassificationNode(rp, SUBMISSION_SET_LIMITED_METADATA_NODE));
        RegistryObjects.localized(rp.getName()).forEach(b::title);
        RegistryObjects.localized(rp.getDescription()).forEach(b::comments);
        AuthorMapper.fromEbRim(rp, SUBMISSION_SET_AUTHOR_SCHEME, errors).forEach(b::author);
        RegistryObjects.slotValues(rp, SLOT_INTENDED_RECIPIENT).forEach(b::intendedRecipient);
        RegistryObjects.extraSlots(rp, KNOWN_SLOTS).forEach(b::extraSlot);
        return b.build();
    }

    public static RegistryPackageType toEbRim(SubmissionSet ss) {
        RegistryPackageType rp = new RegistryPackageType();
        rp.setId(ss.entryUuid());
        rp.setObjectType(OBJECT_TYPE_REGISTRY_PACKAGE);
        rp.setStatus(ss.availabilityStatus());
        rp.setHome(ss.homeCommunityId());
        addSlot(rp, SLOT_SUBMISSION_TIME, ss.submissionTime());
        addSlot(rp, SLOT_INTENDED_RECIPIENT, ss.intendedRecipients());
        EbRimBuilder.addSlots(rp, ss.extraSlots());
        rp.setName(EbRimBuilder.international(ss.title()));
        rp.setDescription(EbRimBuilder.international(ss.comments()));
        AuthorMapper.toEbRim(ss.authors(), SUBMISSION_SET_AUTHOR_SCHEME, rp);
        EbRimBuilder.addCode(rp, SUBMISSION_SET_CONTENT_TYPE_CODE_SCHEME, ss.contentTypeCode());
        EbRimBuilder.addNode(rp, SUBMISSION_SET_CLASS_NODE);
        if (ss.limitedMetadata()) {
            EbRimBuilder.addNode(rp, SUBMISSION_SET_LIMITED_METADATA_NODE);
        }
        addExternalIdentifier(rp, SUBMISSION_SET_PATIENT_ID_SCHEME, SUBMISSION_SET_PATIENT_ID_NAME,
                ss.patientId() == null ? null : ss.patientId().value());
        addExternalIdentifier(rp, SUBMISSION_SET_SOURCE_ID_SCHEME, SUBMISSION_SET_SOURCE_ID_NAME, ss.sourceId());
        addExternalIdentifier(rp, SUBMISSION_SET_UNIQUE_ID_SCHEME, SUBMISSION_SET_UNIQUE_ID_NAME, ss.uniqueId());
        return rp;
    }
}
