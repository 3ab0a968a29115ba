package org.carnet.common.ebrim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.ExpectErrors.expectNone;
import static org.carnet.common.ExpectErrors.expectOnly;
import static org.carnet.common.ebrim.EbRimParts.nodeClassification;
import static org.carnet.common.vocabulary.Vocabulary.SUBMISSION_SET_CLASS_NODE;

import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Submission;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.ObjectFactory;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.carnet.wsdl.rim.ServiceType;
import org.junit.jupiter.api.Test;

/** Submission ↔ lcm:SubmitObjectsRequest (ITI TF-3 4.1), with SampleData's DMP-shaped metadata. */
class SubmissionMapperTest {
    private static final ObjectFactory RIM = new ObjectFactory();

    private final ErrorList errors = new ErrorList();

    @Test
    void singleDocumentRoundTrips() {
        Submission sent = SampleData.singleDocument();

        Submission back = SubmissionMapper.fromEbRim(SubmissionMapper.toEbRim(sent), errors);

        expectNone(errors);
        assertThat(back).isEqualTo(sent);
    }

    @Test
    void twoDocumentsRoundTripInOrder() {
        Submission sent = SampleData.submission(SampleData.PATIENT, List.of(
                SampleData.documentEntry("Document01", SampleData.PATIENT).build(),
                SampleData.documentEntry("Document02", SampleData.PATIENT).mimeType("application/pdf").build()));

        Submission back = SubmissionMapper.fromEbRim(SubmissionMapper.toEbRim(sent), errors);

        expectNone(errors);
        assertThat(back).isEqualTo(sent);
        assertThat(back.documentEntries()).extracting(DocumentEntry::entryUuid)
                .containsExactly("Document01", "Document02");
        assertThat(back.associations()).hasSize(2);
    }

    @Test
    void writesSubmissionSetThenDocumentsThenAssociations() {
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(SampleData.singleDocument());

        assertThat(SubmissionMapper.objects(request)).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("RegistryPackageType", "ExtrinsicObjectType", "AssociationType1");
    }

    /** SampleData's code display names carry no lang/charset: both sides hold the rim.xsd defaults. */
    @Test
    void displayNameWithoutLangReadsBackWithSchemaDefaults() {
        Submission back = SubmissionMapper.fromEbRim(SubmissionMapper.toEbRim(SampleData.singleDocument()), errors);

        assertThat(back.submissionSet().contentTypeCode().displayName())
                .isEqualTo(new LocalizedString("Hospitalisation de jour", "en-US", "UTF-8"));
    }

    @Test
    void requestWithoutSubmissionSet() {
        Submission noSet = new Submission(null, List.of(SampleData.documentEntry("Document01", SampleData.PATIENT)
                .build()), List.of(), List.of());

        Submission back = SubmissionMapper.fromEbRim(SubmissionMapper.toEbRim(noSet), errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, null);
        assertThat(back.submissionSet()).isNull();
        assertThat(back.documentEntries()).hasSize(1);
    }

    @Test
    void twoSubmissionSets() {
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(SampleData.singleDocument());
        RegistryPackageType second = SubmissionSetMapper.toEbRim(SampleData.submissionSet(SampleData.PATIENT));
        second.setId("SubmissionSet02");
        request.getRegistryObjectList().getIdentifiable().add(RIM.createRegistryPackage(second));

        SubmissionMapper.fromEbRim(request, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "SubmissionSet02");
    }

    @Test
    void registryPackageThatIsNeitherSubmissionSetNorFolder() {
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(SampleData.singleDocument());
        RegistryPackageType other = new RegistryPackageType();
        other.setId("Package02");
        request.getRegistryObjectList().getIdentifiable().add(RIM.createRegistryPackage(other));

        SubmissionMapper.fromEbRim(request, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Package02");
    }

    /** ITI TF-3 4.2.1.3: the submission set may be marked by a Classification outside the RegistryPackage. */
    @Test
    void topLevelClassificationMarksTheSubmissionSet() {
        Submission sent = SampleData.singleDocument();
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(sent);
        RegistryPackageType rp = (RegistryPackageType) SubmissionMapper.objects(request).get(0);
        ClassificationType node = nodeClassification(rp, SUBMISSION_SET_CLASS_NODE);
        rp.getClassification().remove(node);
        request.getRegistryObjectList().getIdentifiable().add(RIM.createClassification(node));
        assertThat(SubmissionSetMapper.isSubmissionSet(rp)).isFalse();

        Submission back = SubmissionMapper.fromEbRim(request, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(sent);
        assertThat(rp.getClassification()).contains(node);
        assertThat(SubmissionMapper.objects(request)).noneMatch(o -> o instanceof ClassificationType);
    }

    @Test
    void unknownObjectTypeIsReported() {
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(SampleData.singleDocument());
        ExtrinsicObjectType eo = (ExtrinsicObjectType) SubmissionMapper.objects(request).get(1);
        ServiceType service = new ServiceType();
        service.setId("Service01");
        request.getRegistryObjectList().getIdentifiable().add(RIM.createService(service));

        Submission back = SubmissionMapper.fromEbRim(request, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Service01");
        assertThat(back.documentEntries()).extracting(DocumentEntry::entryUuid).containsExactly(eo.getId());
    }
}
