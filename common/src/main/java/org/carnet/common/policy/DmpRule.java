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
    SECRET_CONNECTION_FEEDS_ONLY_HIDDEN_FROM_REPRESENTATIVES(false, "§3: a minor's connexion secrète can only "
            + "deposit documents invisible to legal representatives (INVISIBLE_REPRESENTANTS_LEGAUX)"),

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
            + "added [inferred: §3 grants nothing more]"),

    // The dossier's state and the standing of professionals on it (TD0.2-TD0.4, TD1.1-TD1.6), decided by
    // DossierManagementDecider
    PATIENT_DECIDES_DOSSIER_LIFE(true, "§4 TD1.1/TD1.2/TD1.4: the patient's consent opens and reopens the "
            + "dossier; the patient closes it"),
    PATIENT_SIDE_ONLY_OWN_DOSSIER(false, "[inferred] the patient, or a legal representative acting for them, acts "
            + "on the patient's own dossier only"),
    OPENING_NEEDS_PATIENT_CONSENT(false, "§4 TD1.1/TD1.2: a dossier is opened or reopened only with the patient's "
            + "consent, recorded"),
    PROFESSIONAL_OPENS_WITH_CONSENT(true, "§1 TD1.1/TD1.2: a professional creates or reopens a dossier with the "
            + "patient's consent, recorded with the professional's name"),
    PROFESSIONAL_CLOSES_ON_PATIENT_REQUEST(true, "§1 TD1.4: a professional closes a dossier at the patient's "
            + "request (FERMETURE_DEMANDE_PATIENT)"),
    PROFESSIONAL_CLOSES_ONLY_ON_PATIENT_REQUEST(false, "§1 TD1.4: a professional closes a dossier only at the "
            + "patient's request, reason FERMETURE_DEMANDE_PATIENT [inferred: the one reason the sample shows]"),
    CLOSING_NEEDS_STANDING(false, "[inferred] a professional closes only a dossier they are authorised on or "
            + "médecin traitant of"),
    SYSTEM_MANAGES_DOSSIER_LIFE(true, "[inferred] a system configured on the node (integration engine) opens, "
            + "closes and reopens dossiers and reads their state"),
    SYSTEM_RECORDS_NO_PERSONAL_CHOICE(false, "[inferred] authorisations, blocks, médecin traitant declarations, "
            + "oppositions and notifications are acts of a person: not of a system"),
    PATIENT_SETS_OPPOSITIONS(true, "§1 TD1.3b: the patient opposes bris_de_glace or centre_15 access and "
            + "chooses whether emergency access sees masked documents"),
    ONLY_PATIENT_SETS_OPPOSITIONS(false, "§3: oppositions to emergency access are the patient's choice"),
    PATIENT_READS_OWN_DOSSIER(true, "§3/§5: the patient sees their dossier's state, consent history, "
            + "professionals and notifications"),
    PROFESSIONAL_TESTS_DOSSIER(true, "§1 TD0.2: a professional learns whether a dossier exists, its status, "
            + "their own authorisation and whether they are médecin traitant"),
    PROFESSIONAL_DECLARES_THEMSELF(true, "§1 TD0.3: a professional declares themself authorised (with the "
            + "patient's agreement) or removes that authorisation"),
    PROFESSIONAL_DECLARES_ONLY_THEMSELF(false, "§1 TD0.3: a professional declares or removes only their own "
            + "authorisation or médecin traitant standing"),
    DECLARATION_NEEDS_IDENTIFIED_PROFESSIONAL(false, "[inferred] only a professional identified as a person "
            + "declares themself: not a structure certificate nor a secretary's card"),
    PATIENT_AUTHORISES_PROFESSIONAL(true, "§3: the patient authorises a professional, or removes an "
            + "authorisation"),
    PATIENT_BLOCKS_PROFESSIONAL(true, "§3 TD1.6: the patient blocks a professional, or unblocks them"),
    ONLY_PATIENT_BLOCKS(false, "§3 TD1.6: only the patient blocks or unblocks a professional"),
    MEDECIN_DECLARES_MEDECIN_TRAITANT(true, "§1 TD0.3: a médecin declares themself médecin traitant DMP; "
            + "several per dossier are possible"),
    MEDECIN_TRAITANT_IS_A_MEDECIN(false, "[inferred] a médecin traitant is a médecin (profession 10)"),
    MEDECIN_TRAITANT_DECLARES_THEMSELF(false, "§1 TD0.3: the médecin traitant is declared by the médecin "
            + "themself, not by the patient"),
    MEDECIN_TRAITANT_STOPS_THEMSELF(true, "§3: a médecin traitant stops being one"),
    ONLY_MEDECIN_TRAITANT_STOPS(false, "§3: only a médecin traitant can stop being one"),
    MEDECIN_TRAITANT_LISTS_PROFESSIONALS(true, "[inferred] the médecin traitant, who sees all of the dossier, "
            + "sees who is authorised and blocked on it"),
    PROFESSIONALS_LIST_PATIENT_OR_MEDECIN_TRAITANT(false, "[inferred] the list of professionals of a dossier is "
            + "the patient's and the médecin traitant's"),
    NOTIFICATIONS_ARE_THE_PATIENTS(false, "§3: notifications of emergency accesses are told to the patient"),
    PROFESSIONAL_LISTS_OWN_DOSSIERS(true, "§1 TD0.4: a professional lists the dossiers they are authorised on"),
    PROFESSIONAL_LISTS_ONLY_OWN_DOSSIERS(false, "§1 TD0.4: a professional lists only their own dossiers");

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
