package org.carnet.registry.access;

import java.util.Set;

import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.Confidentiality;
import org.carnet.common.policy.DocumentFacts;
import org.carnet.common.policy.PolicyCodes;

/**
 * A registered document entry as the access rules read it: its codes and confidentiality, and the ids of its
 * authors and of their structures (registry schema 3).
 */
public record RegisteredDocument(String entryUuid, String uniqueId, String patientKey, String status, Code typeCode,
                                 Code classCode, Set<Confidentiality> confidentiality, Set<String> authorIds,
                                 Set<String> structureIds) {

    /**
     * The facts for deciding on this actor's access. A document has several authors where the rules speak of
     * one: it counts as the actor's own when the actor is any of them (or a structure of any of them). A
     * document of classCode 90 ("document du patient", dmp-reference 6) is one the patient added [inferred].
     */
    public DocumentFacts factsFor(Actor actor) {
        String author = authorIds.contains(actor.nationalId()) ? actor.nationalId()
                : authorIds.stream().findFirst().orElse(null);
        String structure = actor.structureId() != null && structureIds.contains(actor.structureId())
                ? actor.structureId() : structureIds.stream().findFirst().orElse(null);
        boolean patientDocument = PolicyCodes.CLASS_PATIENT_DOCUMENT.equals(classCode.code());
        return new DocumentFacts(typeCode, classCode, confidentiality, author, structure, patientDocument);
    }
}
