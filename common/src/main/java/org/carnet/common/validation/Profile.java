package org.carnet.common.validation;

/** The transaction whose optionality tables apply (ITI TF-3 Table 4.3.1-3: R / R2 / O differ per transaction). */
public enum Profile {
    /** ITI-41 Provide and Register: hash, size and repositoryUniqueId may be absent (the repository adds them). */
    ITI_41,
    /** ITI-42 Register: the repository has added hash, size and repositoryUniqueId; they are required. */
    ITI_42,
    /**
     * ITI-57 Update Document Set (Metadata Update): new versions carry the complete metadata, as in ITI-42, and
     * the update associations (UpdateAvailabilityStatus, SubmitAssociation) are allowed.
     */
    ITI_57
}
