package org.carnet.common.ebrim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.ExpectErrors.expectNone;
import static org.carnet.common.ExpectErrors.expectOnly;
import static org.carnet.common.ebrim.EbRimParts.addSlot;
import static org.carnet.common.ebrim.EbRimParts.classification;
import static org.carnet.common.ebrim.EbRimParts.classificationSchemes;
import static org.carnet.common.ebrim.EbRimParts.fr;
import static org.carnet.common.ebrim.EbRimParts.slot;
import static org.carnet.common.ebrim.EbRimParts.slotNames;
import static org.carnet.common.vocabulary.Vocabulary.*;

import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Author;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.common.metadata.SubmissionSet;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.junit.jupiter.api.Test;

/** SubmissionSet ↔ rim:RegistryPackage classified as a submission set (ITI TF-3 4.2.3.3). */
class SubmissionSetMapperTest {
    private final ErrorList errors = new ErrorList();

    static SubmissionSet full() {
        return SubmissionSet.builder("SubmissionSet01")
                .availabilityStatus(STATUS_APPROVED)
                .homeCommunityId("urn:oid:1.2.250.1.999.1")
                .patientId(new Cx(SampleData.PATIENT))
                .uniqueId("1.2.250.1.999.1.1.7898.2")
                .sourceId("1.2.250.1.999.1.1.7898")
                .submissionTime("20210604135051")
                .title(fr("lot du document"))
                .comments(fr("commentaire du lot"))
                .author(SampleData.author())
                .author(Author.person("899900077777^DUPONT^JEAN^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS"))
                .contentTypeCode(new Code("04", "1.2.250.1.213.2.2", fr("Hospitalisation de jour")))
                .intendedRecipient("CABINET^^^^^&1.2.3&ISO^IDNST^^^1")
                .intendedRecipient("|899900063480^MAX^LIBRE^^^^^^&1.2.250.1.71.4.2.1&ISO")
                .limitedMetadata(true)
                .extraSlot(new Slot("urn:carnet:test:extra", List.of("kept")))
                .build();
    }

    static SubmissionSet minimal() {
        return SubmissionSet.builder("SubmissionSet01")
                .patientId(new Cx(SampleData.PATIENT))
                .uniqueId("1.2.250.1.999.1.1.7898.2")
                .sourceId("1.2.250.1.999.1.1.7898")
                .submissionTime("20210604135051")
                .contentTypeCode(new Code("04", "1.2.250.1.213.2.2", (LocalizedString) null))
                .build();
    }

    @Test
    void fullSubmissionSetRoundTrips() {
        SubmissionSet ss = full();

        RegistryPackageType rp = SubmissionSetMapper.toEbRim(ss);
        SubmissionSet back = SubmissionSetMapper.fromEbRim(rp, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(ss);
        assertThat(SubmissionSetMapper.isSubmissionSet(rp)).isTrue();
        assertThat(FolderMapper.isFolder(rp)).isFalse();
    }

    @Test
    void minimalSubmissionSetRoundTripsAndWritesNothingOptional() {
        SubmissionSet ss = minimal();

        RegistryPackageType rp = SubmissionSetMapper.toEbRim(ss);
        SubmissionSet back = SubmissionSetMapper.fromEbRim(rp, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(ss);
        assertThat(rp.getName()).isNull();
        assertThat(rp.getDescription()).isNull();
        assertThat(slotNames(rp)).containsExactly(SLOT_SUBMISSION_TIME);
        assertThat(classificationSchemes(rp))
                .containsExactly(SUBMISSION_SET_CONTENT_TYPE_CODE_SCHEME, SUBMISSION_SET_CLASS_NODE);
        assertThat(back.title()).isEmpty();
        assertThat(back.comments()).isEmpty();
        assertThat(back.authors()).isEmpty();
        assertThat(back.intendedRecipients()).isEmpty();
        assertThat(back.extraSlots()).isEmpty();
        assertThat(back.limitedMetadata()).isFalse();
    }

    @Test
    void unknownSlotIsKeptAsSent() {
        RegistryPackageType rp = SubmissionSetMapper.toEbRim(minimal());
        addSlot(rp, "urn:carnet:test:extra", "kept");

        SubmissionSet back = SubmissionSetMapper.fromEbRim(rp, errors);

        expectNone(errors);
        assertThat(back.extraSlots()).containsExactly(new Slot("urn:carnet:test:extra", List.of("kept")));
    }

    @Test
    void submissionTimeWithTwoValues() {
        RegistryPackageType rp = SubmissionSetMapper.toEbRim(minimal());
        slot(rp, SLOT_SUBMISSION_TIME).getValueList().getValue().add("20220101");

        SubmissionSetMapper.fromEbRim(rp, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "SubmissionSet01");
    }

    @Test
    void contentTypeCodeWithoutNodeRepresentation() {
        RegistryPackageType rp = SubmissionSetMapper.toEbRim(minimal());
        classification(rp, SUBMISSION_SET_CONTENT_TYPE_CODE_SCHEME).setNodeRepresentation("");

        SubmissionSetMapper.fromEbRim(rp, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "SubmissionSet01");
    }

    @Test
    void sourceIdGivenTwice() {
        RegistryPackageType rp = SubmissionSetMapper.toEbRim(minimal());
        EbRimBuilder.addExternalIdentifier(rp, SUBMISSION_SET_SOURCE_ID_SCHEME, SUBMISSION_SET_SOURCE_ID_NAME,
                "1.2.3");

        SubmissionSet back = SubmissionSetMapper.fromEbRim(rp, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "SubmissionSet01");
        assertThat(back.sourceId()).isEqualTo("1.2.250.1.999.1.1.7898");
    }
}
