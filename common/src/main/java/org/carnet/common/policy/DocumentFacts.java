package org.carnet.common.policy;

import java.util.Objects;
import java.util.Set;

import org.carnet.common.metadata.Code;

/**
 * What the rules read of one document (dmp-reference 3 and 6).
 *
 * @param typeCode          DocumentEntry.typeCode
 * @param classCode         DocumentEntry.classCode
 * @param confidentiality   its DMP confidentiality codes
 * @param authorId          the author's national id (RPPS/ADELI); null when unknown
 * @param authorStructureId the author's structure id; null when unknown
 * @param addedByPatient    the patient (or a legal representative) added it
 * @param authorProfession  the author's profession as the metadata code it (authorSpecialty {@code G15_10/SM26}:
 *                          {@code 10}); null when unknown
 */
public record DocumentFacts(Code typeCode, Code classCode, Set<Confidentiality> confidentiality, String authorId,
                            String authorStructureId, boolean addedByPatient, String authorProfession) {

    public DocumentFacts {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(classCode, "classCode");
        confidentiality = Set.copyOf(confidentiality);
    }

    /** A document whose author's profession is not known (or does not matter to the decision). */
    public DocumentFacts(Code typeCode, Code classCode, Set<Confidentiality> confidentiality, String authorId,
                         String authorStructureId, boolean addedByPatient) {
        this(typeCode, classCode, confidentiality, authorId, authorStructureId, addedByPatient, null);
    }

    /** The same document, authored by someone of this profession. */
    public DocumentFacts authoredAs(String profession) {
        return new DocumentFacts(typeCode, classCode, confidentiality, authorId, authorStructureId, addedByPatient,
                profession);
    }

    /** The submission set's signature entry (dmp-reference 6), not a clinical document. */
    public boolean isSubmissionSetSignature() {
        return PolicyCodes.CLASS_SUBMISSION_SET_SIGNATURE.equals(classCode.code());
    }

    public boolean is(Confidentiality code) {
        return confidentiality.contains(code);
    }

    /**
     * Did this actor author the document? A structure (INDIRECTE) authored the documents of its structure; an
     * identified person those carrying their national id (dmp-reference 3, masking).
     */
    public boolean authoredBy(Actor actor) {
        if (actor.isStructure()) {
            return actor.structureId() != null && actor.structureId().equals(authorStructureId);
        }
        return actor.nationalId().equals(authorId);
    }
}
