package org.carnet.common.policy;

/** What the actor wants to do (dmp-reference 1: the TD transactions and the IHE transaction under each). */
public enum Operation {
    /** TD2.1, ITI-41/42: add a document (the document's metadata are the facts). */
    FEED(Family.FEED, true),
    /** TD3.1, ITI-18: see a document's reference; without a document, search the dossier at all. */
    FIND(Family.CONSULT, false),
    /** TD3.2, ITI-43: read a document's content. */
    READ(Family.CONSULT, true),
    /** TD3.3a, ITI-57: add MASQUE_PS. */
    MASK(Family.MANAGE, true),
    /** TD3.3a, ITI-57: remove MASQUE_PS. */
    UNMASK(Family.MANAGE, true),
    /** TD3.3b, ITI-57: toggle INVISIBLE_PATIENT (the document's current state says which way). */
    SET_PATIENT_VISIBILITY(Family.MANAGE, true),
    /** TD3.3b, ITI-57: toggle INVISIBLE_REPRESENTANTS_LEGAUX. */
    SET_REPRESENTATIVES_VISIBILITY(Family.MANAGE, true),
    /** TD3.3d, ITI-57: status Archived. */
    ARCHIVE(Family.MANAGE, true),
    /** TD3.3d, ITI-57: back to Approved. */
    UNARCHIVE(Family.MANAGE, true),
    /** TD3.3c, ITI-57: logical delete, status Deleted. */
    DELETE(Family.MANAGE, true),
    /** ITI-57: a new metadata version that changes none of the above (a title, a code) [inferred: as TD3.3]. */
    UPDATE_METADATA(Family.MANAGE, true),
    /** ITI-62/86: removing metadata or stored bytes for good (the DMP deletes logically, TD3.3c). */
    REMOVE(Family.MANAGE, false);

    /** The three groups the rules of dmp-reference 3 speak of. */
    public enum Family { FEED, CONSULT, MANAGE }

    private final Family family;
    private final boolean needsDocument;

    Operation(Family family, boolean needsDocument) {
        this.family = family;
        this.needsDocument = needsDocument;
    }

    public Family family() {
        return family;
    }

    /** Does deciding this operation need the document's facts? */
    public boolean needsDocument() {
        return needsDocument;
    }
}
