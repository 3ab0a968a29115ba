package org.carnet.common.policy;

/**
 * What an actor does to a dossier's state or to the standing of professionals on it (dmp-reference 1: TD0.2 to
 * TD0.4, TD1.1 to TD1.6), as {@link DossierManagementDecider} decides it.
 */
public enum DossierOperation {
    /** TD1.1: create the dossier with the patient's consent. */
    OPEN,
    /** TD1.4: close it, with a reason. */
    CLOSE,
    /** TD1.2: reopen a closed dossier with the patient's renewed consent. */
    REOPEN,
    /** TD0.2 / TD1.3a: read the dossier's state. */
    READ_STATE,
    /** TD1.3b: the oppositions to emergency access and whether emergency access sees masked documents. */
    SET_OPPOSITIONS,
    /** TD0.3 AJOUT: a professional declares themself authorised, with the patient's agreement. */
    AUTHORISE_SELF,
    /** The patient authorises a professional. */
    AUTHORISE_BY_PATIENT,
    /** TD0.3 SUPPRESSION, or the patient withdrawing an authorisation. */
    REMOVE_AUTHORISATION,
    /** The patient blocks a professional (TD1.6 INTERDITE). */
    BLOCK,
    UNBLOCK,
    /** TD0.3: a médecin declares themself médecin traitant DMP. */
    DECLARE_MEDECIN_TRAITANT,
    STOP_MEDECIN_TRAITANT,
    /** TD1.6: the professionals authorised or blocked on the dossier. */
    LIST_PROFESSIONALS,
    /** The notifications told to the patient (emergency accesses). */
    LIST_NOTIFICATIONS,
    /** TD0.4: the dossiers a professional is authorised on (the only operation not on one dossier). */
    LIST_DOSSIERS_OF_PROFESSIONAL;

    /** The operation's name in the audit trail: both ways of authorising are one action, AUTHORISE. */
    public String action() {
        return this == AUTHORISE_SELF || this == AUTHORISE_BY_PATIENT ? "AUTHORISE" : name();
    }
}
