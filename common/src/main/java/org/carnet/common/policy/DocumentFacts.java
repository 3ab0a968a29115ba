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
 */
public record DocumentFacts(Code typeCode, Code classCode, Set<Confidentiality> confidentiality, String authorId,
                            String authorStructureId, boolean addedByPatient) {

    public DocumentFacts {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(classCode, "classCode");
        confidentiality = Set.copyOf(confidentiality);
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
