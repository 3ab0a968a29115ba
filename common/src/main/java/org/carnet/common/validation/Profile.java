package org.carnet.common.validation;

/** The transaction whose optionality tables apply (ITI TF-3 Table 4.3.1-3: R / R2 / O differ per transaction). */
public enum Profile {
    /** ITI-41 Provide and Register: hash, size and repositoryUniqueId may be absent (the repository adds them). */
    ITI_41,
    /** ITI-42 Register: the repository has added hash, size and repositoryUniqueId; they are required. */
    ITI_42
}
