package org.carnet.common;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_STABLE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Author;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Slot;
import org.carnet.common.metadata.Submission;
import org.carnet.common.metadata.SubmissionSet;

/**
 * Valid sample metadata, in the shapes the DMP sends (an INS patient id with its type code, an XON with an
 * identifier type code, authorSpecialty as a coded triple). Tests change one thing at a time from here.
 * Every call makes new uniqueIds, so samples never collide in one registry.
 */
public final class SampleData {
    /** A test INS (OID 1.2.250.1.213.1.4.10 is the DMP's test INS-NIR authority). */
    public static final String PATIENT = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH";
    public static final String OTHER_PATIENT = "179105613712345^^^&1.2.250.1.213.1.4.10&ISO^NH";
    public static final String REPOSITORY_ID = "1.2.250.1.999.1.1.1";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());

    private SampleData() {
    }

    public static String newOid() {
        return "1.2.250.1.999.1.1.7898." + SEQUENCE.incrementAndGet();
    }

    public static Author author() {
        return new Author("899900063480^MAX^LIBRE^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS",
                List.of("CABINET DR LIBRE^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^499900063480001"),
                List.of(),
                List.of("G15_10/SM26^Médecin - Qualifié en Médecine Générale (SM)^1.2.250.1.213.1.1.4.5"),
                List.of());
    }

    public static SubmissionSet submissionSet(String patient) {
        return SubmissionSet.builder("SubmissionSet01")
                .patientId(new Cx(patient))
                .uniqueId(newOid())
                .sourceId("1.2.250.1.999.1.1.7898")
                .submissionTime("20210604135051")
                .title(new LocalizedString("lot du document", "fr-FR", "UTF-8"))
                .author(author())
                .contentTypeCode(new Code("04", "1.2.250.1.213.2.2", "Hospitalisation de jour"))
                .build();
    }

    /** A DocumentEntry with every required attribute and the usual optional ones. */
    public static DocumentEntry.Builder documentEntry(String id, String patient) {
        return DocumentEntry.builder(id)
                .objectType(DOC_ENTRY_STABLE)
                .mimeType("text/xml")
                .patientId(new Cx(patient))
                .uniqueId(newOid())
                .title(new LocalizedString("Compte rendu", "fr-FR", "UTF-8"))
                .comments(new LocalizedString("commentaire", "fr-FR", "UTF-8"))
                .author(author())
                .classCode(new Code("10", "1.2.250.1.213.1.1.4.1", "Compte rendu"))
                .typeCode(new Code("11502-2", "2.16.840.1.113883.6.1", "CR d'examens biologiques"))
                .confidentialityCode(new Code("N", "2.16.840.1.113883.5.25", "Normal"))
                .formatCode(new Code("urn:ihe:iti:xds-sd:text:2008", "1.3.6.1.4.1.19376.1.2.3", "Texte brut"))
                .healthcareFacilityTypeCode(new Code("SA01", "1.2.250.1.71.4.2.4", "Etablissement public de santé"))
                .practiceSettingCode(new Code("ETABLISSEMENT", "1.2.250.1.213.1.1.4.9", "Etablissement de santé"))
                .eventCode(new Code("GENERAL", "1.2.250.1.213.1.1.4.99", "Général"))
                .creationTime("20100319194535")
                .serviceStartTime("20100319183244")
                .serviceStopTime("20100319183344")
                .languageCode("fr-FR")
                .legalAuthenticator("899900063480^MAX^LIBRE^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS")
                .sourcePatientId("0456789999^^^&1.2.250.1.999.1.1.7898.2&ISO^PI")
                .sourcePatientInfo("PID-5|DUPONT^MARIE^^^^^L")
                .sourcePatientInfo("PID-7|19790328")
                .extraSlot(new Slot("urn:carnet:test:extra", List.of("kept")));
    }

    /** A submission of the given entries for one patient, each a HasMember of the submission set. */
    public static Submission submission(String patient, List<DocumentEntry> entries) {
        List<Association> associations = new ArrayList<>();
        int n = 1;
        for (DocumentEntry entry : entries) {
            associations.add(new Association("Assoc" + n++, ASSOC_HAS_MEMBER, "SubmissionSet01", entry.entryUuid(),
                    null, "Original", List.of()));
        }
        return new Submission(submissionSet(patient), entries, List.of(), associations);
    }

    /** A one-document submission for {@link #PATIENT}. */
    public static Submission singleDocument() {
        return submission(PATIENT, List.of(documentEntry("Document01", PATIENT).build()));
    }

    /** Content of a small CDA-like document; different for each label. */
    public static byte[] content(String label) {
        return ("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>" + label + "</title></ClinicalDocument>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
