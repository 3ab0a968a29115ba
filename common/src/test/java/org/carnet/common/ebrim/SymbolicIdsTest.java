package org.carnet.common.ebrim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.SUBMISSION_SET_CLASS_NODE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carnet.common.SampleData;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Submission;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.AssociationType1;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.ObjectFactory;
import org.carnet.wsdl.rim.RegistryObjectType;
import org.carnet.wsdl.rim.RegistryPackageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Symbolic ids are local to a submission and replaced by registry-assigned UUIDs (ITI TF-3 4.2.2.1). */
class SymbolicIdsTest {
    private static final String EXISTING = "urn:uuid:6f2a8a8e-4f0b-4d6e-9b6e-1f2d3c4b5a69";

    @Test
    void symbolicIdsBecomeUuidsAndEveryReferenceFollows() {
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(SampleData.singleDocument());
        ExtrinsicObjectType eo = (ExtrinsicObjectType) SubmissionMapper.objects(request).get(1);
        eo.getClassification().get(0).setId("Classification01");
        eo.getExternalIdentifier().get(0).setId("ExternalIdentifier01");

        Map<String, String> assigned = SymbolicIds.resolve(request);

        assertThat(eo.getClassification().get(0).getId()).isEqualTo(assigned.get("Classification01"));
        assertThat(eo.getExternalIdentifier().get(0).getId()).isEqualTo(assigned.get("ExternalIdentifier01"));
        String ss = assigned.get("SubmissionSet01");
        String doc = assigned.get("Document01");
        assertThat(List.of(ss, doc, assigned.get("Assoc1"))).allMatch(SymbolicIds::isUuid).doesNotHaveDuplicates();
        RegistryPackageType rp = (RegistryPackageType) SubmissionMapper.objects(request).get(0);
        AssociationType1 a = (AssociationType1) SubmissionMapper.objects(request).get(2);
        assertThat(rp.getId()).isEqualTo(ss);
        assertThat(eo.getId()).isEqualTo(doc);
        assertThat(a.getId()).isEqualTo(assigned.get("Assoc1"));
        assertThat(a.getSourceObject()).isEqualTo(ss);
        assertThat(a.getTargetObject()).isEqualTo(doc);
        assertReferencesPointTo(rp, ss);
        assertReferencesPointTo(eo, doc);
    }

    @Test
    void preassignedUuidsAndReferencesToExistingObjectsAreKept() {
        Submission submission = SampleData.singleDocument();
        String docUuid = "urn:uuid:0b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        List<Association> associations = new ArrayList<>(List.of(new Association("Assoc1",
                ASSOC_HAS_MEMBER, "SubmissionSet01", docUuid, null,
                "Original", List.of())));
        associations.add(new Association("Assoc2", ASSOC_RPLC, docUuid, EXISTING));
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(new Submission(submission.submissionSet(),
                List.of(submission.documentEntries().get(0).toBuilder().entryUuid(docUuid).build()), List.of(),
                associations));

        Map<String, String> assigned = SymbolicIds.resolve(request);

        assertThat(assigned).doesNotContainKeys(docUuid, EXISTING);
        ExtrinsicObjectType eo = (ExtrinsicObjectType) SubmissionMapper.objects(request).get(1);
        AssociationType1 rplc = (AssociationType1) SubmissionMapper.objects(request).get(3);
        assertThat(eo.getId()).isEqualTo(docUuid);
        assertReferencesPointTo(eo, docUuid);
        assertThat(rplc.getSourceObject()).isEqualTo(docUuid);
        assertThat(rplc.getTargetObject()).isEqualTo(EXISTING);
    }

    @Test
    void topLevelClassificationFollowsTheObjectItClassifies() {
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(SampleData.singleDocument());
        ClassificationType node = new ClassificationType();
        node.setId("Classification01");
        node.setClassifiedObject("SubmissionSet01");
        node.setClassificationNode(SUBMISSION_SET_CLASS_NODE);
        request.getRegistryObjectList().getIdentifiable().add(new ObjectFactory().createClassification(node));

        Map<String, String> assigned = SymbolicIds.resolve(request);

        assertThat(node.getId()).isEqualTo(assigned.get("Classification01"));
        assertThat(node.getClassifiedObject()).isEqualTo(assigned.get("SubmissionSet01"));
    }

    @Test
    void resolvingTwiceChangesNothing() {
        SubmitObjectsRequest request = SubmissionMapper.toEbRim(SampleData.singleDocument());
        SymbolicIds.resolve(request);
        String before = new String(EbRimXml.toXml(request), StandardCharsets.UTF_8);

        assertThat(SymbolicIds.resolve(request)).isEmpty();
        assertThat(new String(EbRimXml.toXml(request), StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "urn:uuid:6f2a8a8e-4f0b-4d6e-9b6e-1f2d3c4b5a69",
            "urn:uuid:6F2A8A8E-4F0B-4D6E-9B6E-1F2D3C4B5A69"})
    void uuids(String id) {
        assertThat(SymbolicIds.isUuid(id)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "Document01",
            "6f2a8a8e-4f0b-4d6e-9b6e-1f2d3c4b5a69",           // no prefix
            "urn:uuid:",
            "urn:uuid:not-a-uuid",
            "urn:uuid:6f2a8a8e-4f0b-4d6e-9b6e-1f2d3c4b5a6",   // one digit short
            "urn:uuid:6f2a8a8e-4f0b-4d6e-9b6e-1f2d3c4b5a690", // one digit long
            "urn:uuid:6f2a8a8e-4f0b-4d6e-9b6e-1f2d3c4b5a6g",  // not hex
            "urn:oid:1.2.3"})
    void notUuids(String id) {
        assertThat(SymbolicIds.isUuid(id)).isFalse();
    }

    /** Every nested classification and external identifier has a UUID and names its object. */
    private static void assertReferencesPointTo(RegistryObjectType object, String id) {
        assertThat(object.getClassification()).isNotEmpty().allSatisfy(c -> {
            assertThat(SymbolicIds.isUuid(c.getId())).as(c.getId()).isTrue();
            assertThat(c.getClassifiedObject()).isEqualTo(id);
        });
        assertThat(object.getExternalIdentifier()).isNotEmpty().allSatisfy(e -> {
            assertThat(SymbolicIds.isUuid(e.getId())).as(e.getId()).isTrue();
            assertThat(e.getRegistryObject()).isEqualTo(id);
        });
    }
}
