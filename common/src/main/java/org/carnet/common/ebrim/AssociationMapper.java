package org.carnet.common.ebrim;

import static org.carnet.common.vocabulary.Vocabulary.OBJECT_TYPE_ASSOCIATION;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_SUBMISSION_SET_STATUS;

import java.util.Set;

import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Association;
import org.carnet.wsdl.rim.AssociationType1;

/** Association ↔ {@code rim:Association} (ITI TF-3 4.2.2). */
public final class AssociationMapper {
    private static final Set<String> KNOWN_SLOTS = Set.of(SLOT_SUBMISSION_SET_STATUS);

    private AssociationMapper() {
    }

    public static Association fromEbRim(AssociationType1 a, ErrorList errors) {
        return new Association(a.getId(), a.getAssociationType() == null ? "" : a.getAssociationType(),
                a.getSourceObject(), a.getTargetObject(), a.getStatus(),
                RegistryObjects.singleSlot(a, SLOT_SUBMISSION_SET_STATUS, errors),
                RegistryObjects.extraSlots(a, KNOWN_SLOTS));
    }

    public static AssociationType1 toEbRim(Association association) {
        AssociationType1 a = new AssociationType1();
        a.setId(association.entryUuid());
        a.setObjectType(OBJECT_TYPE_ASSOCIATION);
        a.setAssociationType(association.type());
        a.setSourceObject(association.sourceUuid());
        a.setTargetObject(association.targetUuid());
        a.setStatus(association.availabilityStatus());
        EbRimBuilder.addSlot(a, SLOT_SUBMISSION_SET_STATUS, association.submissionSetStatus());
        EbRimBuilder.addSlots(a, association.extraSlots());
        return a;
    }
}
