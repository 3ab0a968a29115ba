package org.carnet.common.metadata;

import java.util.List;

/**
 * The content of one SubmitObjectsRequest: what ITI-41/ITI-42 register together, all or nothing.
 * {@code submissionSet} is null when the request carries none (a validation error, not a parse error).
 */
public record Submission(SubmissionSet submissionSet, List<DocumentEntry> documentEntries, List<Folder> folders,
                         List<Association> associations) {

    public Submission {
        documentEntries = List.copyOf(documentEntries);
        folders = List.copyOf(folders);
        associations = List.copyOf(associations);
    }
}
