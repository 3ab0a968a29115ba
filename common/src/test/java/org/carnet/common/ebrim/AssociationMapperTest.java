package org.carnet.common.ebrim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.ExpectErrors.expectNone;
import static org.carnet.common.ExpectErrors.expectOnly;
import static org.carnet.common.ebrim.EbRimParts.addSlot;
import static org.carnet.common.ebrim.EbRimParts.slot;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.OBJECT_TYPE_ASSOCIATION;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_SUBMISSION_SET_STATUS;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;

import java.util.List;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Slot;
import org.carnet.wsdl.rim.AssociationType1;
import org.junit.jupiter.api.Test;

/** Association ↔ rim:Association (ITI TF-3 4.2.2). */
class AssociationMapperTest {
    private static final String EXISTING = "urn:uuid:6f2a8a8e-4f0b-4d6e-9b6e-1f2d3c4b5a69";

    private final ErrorList errors = new ErrorList();

    static Association full() {
        return new Association("Assoc01", ASSOC_HAS_MEMBER, "SubmissionSet01", "Document01", STATUS_APPROVED,
                "Original", List.of(new Slot("urn:carnet:test:extra", List.of("kept"))));
    }

    static Association minimal() {
        return new Association("Assoc01", ASSOC_RPLC, "Document02", EXISTING);
    }

    @Test
    void fullAssociationRoundTrips() {
        Association association = full();

        AssociationType1 a = AssociationMapper.toEbRim(association);
        Association back = AssociationMapper.fromEbRim(a, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(association);
        assertThat(a.getObjectType()).isEqualTo(OBJECT_TYPE_ASSOCIATION);
        assertThat(slot(a, SLOT_SUBMISSION_SET_STATUS).getValueList().getValue()).containsExactly("Original");
    }

    @Test
    void minimalAssociationRoundTripsWithoutSlots() {
        Association association = minimal();

        AssociationType1 a = AssociationMapper.toEbRim(association);
        Association back = AssociationMapper.fromEbRim(a, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(association);
        assertThat(a.getSlot()).isEmpty();
        assertThat(back.extraSlots()).isEmpty();
        assertThat(back.submissionSetStatus()).isNull();
    }

    @Test
    void unknownSlotIsKeptAsSent() {
        AssociationType1 a = AssociationMapper.toEbRim(minimal());
        addSlot(a, "urn:carnet:test:extra", "kept");

        Association back = AssociationMapper.fromEbRim(a, errors);

        expectNone(errors);
        assertThat(back.extraSlots()).containsExactly(new Slot("urn:carnet:test:extra", List.of("kept")));
    }

    @Test
    void submissionSetStatusWithTwoValues() {
        AssociationType1 a = AssociationMapper.toEbRim(full());
        slot(a, SLOT_SUBMISSION_SET_STATUS).getValueList().getValue().add("Reference");

        Association back = AssociationMapper.fromEbRim(a, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Assoc01");
        assertThat(back.submissionSetStatus()).isEqualTo("Original");
    }
}
