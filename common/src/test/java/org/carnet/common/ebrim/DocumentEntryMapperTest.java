package org.carnet.common.ebrim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.wsdl.rim.ExternalIdentifierType;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.junit.jupiter.api.Test;

/** DocumentEntry ↔ rim:ExtrinsicObject (ITI TF-3 Table 4.2.3.2-1). */
class DocumentEntryMapperTest {
    private final ErrorList errors = new ErrorList();

    /** Every attribute the model has, lists with two values. */
    static DocumentEntry full() {
        return DocumentEntry.builder("Document01")
                .logicalId("urn:uuid:0b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
                .version("2")
                .objectType(DOC_ENTRY_STABLE)
                .mimeType("text/xml")
                .availabilityStatus(STATUS_APPROVED)
                .homeCommunityId("urn:oid:1.2.250.1.999.1")
                .patientId(new Cx(SampleData.PATIENT))
                .uniqueId("1.2.250.1.999.1.1.7898.1")
                .title(fr("Compte rendu"))
                .title(new LocalizedString("Report", "en-GB", "ISO-8859-1"))
                .comments(fr("commentaire"))
                .author(SampleData.author())
                .author(Author.person("899900077777^DUPONT^JEAN^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS"))
                .classCode(new Code("10", "1.2.250.1.213.1.1.4.1", fr("Compte rendu")))
                .confidentialityCode(new Code("N", "2.16.840.1.113883.5.25", fr("Normal")))
                .confidentialityCode(new Code("INVISIBLE_PATIENT", "1.2.250.1.213.1.1.4.13", fr("Non visible")))
                .eventCode(new Code("GENERAL", "1.2.250.1.213.1.1.4.99", fr("Général")))
                .eventCode(new Code("LAB", "1.2.250.1.213.1.1.4.99", fr("Biologie")))
                .formatCode(new Code("urn:ihe:iti:xds-sd:text:2008", "1.3.6.1.4.1.19376.1.2.3", fr("Texte brut")))
                .healthcareFacilityTypeCode(new Code("SA01", "1.2.250.1.71.4.2.4", fr("Etablissement public")))
                .practiceSettingCode(new Code("ETABLISSEMENT", "1.2.250.1.213.1.1.4.9", fr("Etablissement")))
                .typeCode(new Code("11502-2", "2.16.840.1.113883.6.1", fr("CR d'examens biologiques")))
                .creationTime("20100319194535")
                .serviceStartTime("20100319183244")
                .serviceStopTime("20100319183344")
                .languageCode("fr-FR")
                .legalAuthenticator("899900063480^MAX^LIBRE^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS")
                .sourcePatientId("0456789999^^^&1.2.250.1.999.1.1.7898.2&ISO^PI")
                .sourcePatientInfo("PID-5|DUPONT^MARIE^^^^^L")
                .sourcePatientInfo("PID-7|19790328")
                .hash("da39a3ee5e6b4b0d3255bfef95601890afd80709")
                .size(1234L)
                .uri("http://example.org/doc")
                .repositoryUniqueId(SampleData.REPOSITORY_ID)
                .referenceId("ref1^^^&1.2.3&ISO^urn:ihe:iti:xds:2013:accession")
                .referenceId("ref2^^^&1.2.3&ISO^urn:ihe:iti:xds:2013:order")
                .documentAvailability("urn:ihe:iti:2010:DocumentAvailability:Online")
                .extraSlot(new Slot("urn:carnet:test:extra", List.of("kept", "twice")))
                .build();
    }

    /** Only what ITI-41 requires; codes without display names. */
    static DocumentEntry minimal() {
        return DocumentEntry.builder("Document01")
                .mimeType("text/xml")
                .patientId(new Cx(SampleData.PATIENT))
                .uniqueId("1.2.250.1.999.1.1.7898.1")
                .classCode(new Code("10", "1.2.250.1.213.1.1.4.1", (LocalizedString) null))
                .confidentialityCode(new Code("N", "2.16.840.1.113883.5.25", (LocalizedString) null))
                .formatCode(new Code("urn:ihe:iti:xds-sd:text:2008", "1.3.6.1.4.1.19376.1.2.3", (LocalizedString) null))
                .healthcareFacilityTypeCode(new Code("SA01", "1.2.250.1.71.4.2.4", (LocalizedString) null))
                .practiceSettingCode(new Code("ETABLISSEMENT", "1.2.250.1.213.1.1.4.9", (LocalizedString) null))
                .typeCode(new Code("11502-2", "2.16.840.1.113883.6.1", (LocalizedString) null))
                .creationTime("20100319194535")
                .languageCode("fr-FR")
                .sourcePatientId("0456789999^^^&1.2.250.1.999.1.1.7898.2&ISO^PI")
                .build();
    }

    @Test
    void fullEntryRoundTrips() {
        DocumentEntry entry = full();

        DocumentEntry back = DocumentEntryMapper.fromEbRim(DocumentEntryMapper.toEbRim(entry), errors);

        expectNone(errors);
        assertThat(back).isEqualTo(entry);
    }

    @Test
    void minimalEntryRoundTripsAndWritesNothingOptional() {
        DocumentEntry entry = minimal();

        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(entry);
        DocumentEntry back = DocumentEntryMapper.fromEbRim(eo, errors);

        expectNone(errors);
        assertThat(back).isEqualTo(entry);
        assertThat(eo.getName()).isNull();
        assertThat(eo.getDescription()).isNull();
        assertThat(eo.getVersionInfo()).isNull();
        assertThat(slotNames(eo)).containsExactly(SLOT_CREATION_TIME, SLOT_LANGUAGE_CODE, SLOT_SOURCE_PATIENT_ID);
        assertThat(classificationSchemes(eo)).containsExactly(DOC_ENTRY_CLASS_CODE_SCHEME,
                DOC_ENTRY_CONFIDENTIALITY_CODE_SCHEME, DOC_ENTRY_FORMAT_CODE_SCHEME,
                DOC_ENTRY_HEALTHCARE_FACILITY_TYPE_CODE_SCHEME, DOC_ENTRY_PRACTICE_SETTING_CODE_SCHEME,
                DOC_ENTRY_TYPE_CODE_SCHEME);
        assertThat(back.title()).isEmpty();
        assertThat(back.comments()).isEmpty();
        assertThat(back.authors()).isEmpty();
        assertThat(back.eventCodes()).isEmpty();
        assertThat(back.sourcePatientInfo()).isEmpty();
        assertThat(back.referenceIdList()).isEmpty();
        assertThat(back.extraSlots()).isEmpty();
        assertThat(back.size()).isNull();
    }

    @Test
    void writesTheWireAttributesOfTheTable() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(full());

        assertThat(eo.getId()).isEqualTo("Document01");
        assertThat(eo.getMimeType()).isEqualTo("text/xml");
        assertThat(eo.getObjectType()).isEqualTo(DOC_ENTRY_STABLE);
        assertThat(slot(eo, SLOT_SIZE).getValueList().getValue()).containsExactly("1234");
        assertThat(classification(eo, DOC_ENTRY_CLASS_CODE_SCHEME).getNodeRepresentation()).isEqualTo("10");
        assertThat(classification(eo, DOC_ENTRY_CLASS_CODE_SCHEME).getClassifiedObject()).isEqualTo("Document01");
        assertThat(eo.getExternalIdentifier()).extracting(ExternalIdentifierType::getIdentificationScheme, ExternalIdentifierType::getValue)
                .containsExactly(
                        tuple(DOC_ENTRY_PATIENT_ID_SCHEME, SampleData.PATIENT),
                        tuple(DOC_ENTRY_UNIQUE_ID_SCHEME, "1.2.250.1.999.1.1.7898.1"));
    }

    @Test
    void unknownSlotIsKeptAsSent() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(minimal());
        addSlot(eo, "urn:carnet:test:extra", "a", "b");

        DocumentEntry back = DocumentEntryMapper.fromEbRim(eo, errors);

        expectNone(errors);
        assertThat(back.extraSlots()).containsExactly(new Slot("urn:carnet:test:extra", List.of("a", "b")));
        assertThat(slotNames(DocumentEntryMapper.toEbRim(back))).endsWith("urn:carnet:test:extra");
    }

    @Test
    void singleValuedSlotWithTwoValues() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(minimal());
        slot(eo, SLOT_CREATION_TIME).getValueList().getValue().add("20200101");

        DocumentEntry back = DocumentEntryMapper.fromEbRim(eo, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Document01");
        assertThat(back.creationTime()).isEqualTo("20100319194535");
    }

    @Test
    void sizeThatIsNotANumber() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(minimal());
        addSlot(eo, SLOT_SIZE, "12kB");

        DocumentEntry back = DocumentEntryMapper.fromEbRim(eo, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Document01");
        assertThat(back.size()).isNull();
    }

    @Test
    void negativeSize() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(minimal());
        addSlot(eo, SLOT_SIZE, "-1");

        DocumentEntryMapper.fromEbRim(eo, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Document01");
    }

    @Test
    void codeClassificationWithoutNodeRepresentation() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(minimal());
        classification(eo, DOC_ENTRY_CLASS_CODE_SCHEME).setNodeRepresentation(null);

        DocumentEntry back = DocumentEntryMapper.fromEbRim(eo, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Document01");
        assertThat(back.classCode().code()).isEmpty();
    }

    @Test
    void singleCodeGivenTwice() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(minimal());
        EbRimBuilder.addCode(eo, DOC_ENTRY_TYPE_CODE_SCHEME, new Code("11488-4", "2.16.840.1.113883.6.1", "CR"));

        DocumentEntry back = DocumentEntryMapper.fromEbRim(eo, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Document01");
        assertThat(back.typeCode().code()).isEqualTo("11502-2");
    }

    @Test
    void patientIdGivenTwice() {
        ExtrinsicObjectType eo = DocumentEntryMapper.toEbRim(minimal());
        EbRimBuilder.addExternalIdentifier(eo, DOC_ENTRY_PATIENT_ID_SCHEME, DOC_ENTRY_PATIENT_ID_NAME,
                SampleData.OTHER_PATIENT);

        DocumentEntryMapper.fromEbRim(eo, errors);

        expectOnly(errors, ErrorCode.REGISTRY_METADATA_ERROR, "Document01");
    }
}
