package org.carnet.common.policy;

/**
 * The rule that decided, each with the line of {@code dmp-reference.md} it applies. "[inferred]" marks our
 * reading where the reference is silent.
 */
public enum DmpRule {
    // Dossier
    DOSSIER_CLOSED(false, "§4/TD1.4: a closed dossier refuses consultation and changes"),
    FEED_NEEDS_OPEN_DOSSIER(false, "§3/§4: feeding needs an open dossier (created with the patient's consent)"),

    // Feeding
    FEED_ALLOWED(true, "§3: feeding (ITI-41) does not need an authorisation on the dossier"),
    PATIENT_FEEDS_PATIENT_DOCUMENT(true, "§6 classCode 90 'document du patient': the patient side feeds it "
            + "[inferred]"),
    PATIENT_FEEDS_ONLY_PATIENT_DOCUMENTS(false, "§6: the patient side feeds only classCode 90 [inferred]"),
    REMOVAL_ONLY_BY_ADMINISTRATION(false, "§1: the DMP does not use ITI-62/86, its deletes are logical; removing "
            + "for good is the record administration's, a system actor's [inferred]"),
    SUBMISSION_SET_SIGNATURE(true, "§6 TD2.1: the submission set's signature is sent masked to professionals and "
            + "invisible to the patient, a technical document hidden from both [seen]"),
    AUTHOR_PROFESSION_MAY_NOT_FEED(false, "§3 matrix: the document's author (authorSpecialty profession and "
            + "speciality) may only feed the categories the matrix lets that profession read [inferred from issue 5]"),
    MASKED_AND_INVISIBLE_EXCLUSIVE(false, "§3: by default a document cannot be both invisible to the patient and "
            + "masked to professionals"),

    // Systems
    SYSTEM_ACTOR(true, "[inferred] a system configured on the node (integration engine, conformance tool) "
            + "is outside the per-person rules of §3"),

    // Consultation by a professional
    BLOCKED_BY_PATIENT(false, "§3: a professional blocked by the patient is refused, even if authorised"),
    INDIRECT_OR_SECRETARY_NO_READ(false, "§3: structure certificates and secretaries' cards feed and find "
            + "references, not read"),
    MEDECIN_DU_TRAVAIL_NO_READ(false, "§3: the médecin du travail cannot read documents (nor find them [inferred])"),
    MEDECIN_TRAITANT_SEES_ALL(true, "§3: the médecin traitant DMP sees everything, masked documents included"),
    NOT_AUTHORISED(false, "§3: consulting needs an authorisation on the dossier"),
    AUTHORISED(true, "§3: an authorised, unblocked professional consults the dossier and finds its references"),
    MASKED_TO_PROFESSIONALS(false, "§3: MASQUE_PS hides a document from professionals other than its author and "
            + "the médecin traitant"),
    AUTHOR_READS_OWN_DOCUMENT(true, "§3: a document's author sees it, masked or not, whatever the matrix [inferred]"),
    MATRIX_ALLOWS(true, "§3: the authorisation matrix lets this profession read this document category"),
    MATRIX_DENIES(false, "§3: the authorisation matrix does not let this profession read this document category"),

    // Emergency
    EMERGENCY_NEEDS_IDENTIFIED_PROFESSIONAL(false, "§3: emergency access is a professional's act (a typed reason, "
            + "a regulation doctor): not through a structure certificate or a secretary's card [inferred]"),
    EMERGENCY_OPPOSED(false, "§3: emergency access is refused when the patient opposed that mode"),
    EMERGENCY_MASKED_NOT_ALLOWED(false, "§3: in an emergency, masked documents only if the patient allowed it"),
    EMERGENCY_ACCESS(true, "§3: bris_de_glace and centre_15 give access without prior authorisation"),

    // Patient side
    PATIENT_SEES_DOSSIER(true, "§3: the patient sees the dossier's documents, masked ones included"),
    INVISIBLE_TO_PATIENT(false, "§3: INVISIBLE_PATIENT hides a document from the patient (and from the legal "
            + "representatives acting for them [inferred])"),
    INVISIBLE_TO_REPRESENTATIVES(false, "§3: INVISIBLE_REPRESENTANTS_LEGAUX hides a document from a minor's legal "
            + "representatives"),

    // Masking, visibility, archiving, deleting (TD3.3)
    AUTHOR_MAY_MANAGE(true, "§3 TD3.3: a professional masks, archives and deletes documents they authored"),
    OWN_STRUCTURE_MAY_MANAGE(true, "§3 TD3.3: a structure masks, archives and deletes its own documents"),
    MEDECIN_TRAITANT_MAY_MANAGE(true, "§3 TD3.3: the médecin traitant may also, patient documents included"),
    PATIENT_MANAGES_OWN_DOCUMENT(true, "§3 TD3.3: documents the patient added are managed by the patient"),
    ONLY_AUTHOR_MAY_MANAGE(false, "§3 TD3.3: a professional only on documents they authored"),
    ONLY_OWN_STRUCTURE_MAY_MANAGE(false, "§3 TD3.3: a structure only on its own documents"),
    PATIENT_DOCUMENT_PATIENT_OR_MEDECIN_TRAITANT(false, "§3 TD3.3: documents the patient added only by the patient "
            + "or the médecin traitant"),
    PATIENT_MANAGES_ONLY_OWN_DOCUMENTS(false, "§3 TD3.3: the patient side manages only the documents the patient "
            + "added [inferred: §3 grants nothing more]");

    private final boolean grants;
    private final String citation;

    DmpRule(boolean grants, String citation) {
        this.grants = grants;
        this.citation = citation;
    }

    /** Does this rule allow (true) or refuse (false)? */
    public boolean grants() {
        return grants;
    }

    /** The rule as dmp-reference states it, with its section. */
    public String citation() {
        return citation;
    }
}
