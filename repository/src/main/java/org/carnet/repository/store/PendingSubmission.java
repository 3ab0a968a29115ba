package org.carnet.repository.store;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The intent of one submission: the documents whose content it is about to promote. The id names the journal file,
 * so it is limited to characters that are safe in a file name (a UUID fits) and cannot start with a dot.
 */
public record PendingSubmission(String id, List<PendingDocument> documents) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public PendingSubmission {
        requireId(id);
        documents = List.copyOf(documents);
    }

    static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a usable submission id: " + id);
        }
        return id;
    }
}
