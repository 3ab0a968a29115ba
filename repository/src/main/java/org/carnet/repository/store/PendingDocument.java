package org.carnet.repository.store;

import java.util.Objects;

/** One document of a {@link PendingSubmission}: what the repository is about to make visible for it. */
public record PendingDocument(String documentUniqueId, String sha1, long size, String mimeType) {

    public PendingDocument {
        requireField(documentUniqueId, "documentUniqueId");
        Sha1.requireValid(sha1);
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        requireField(mimeType, "mimeType");
    }

    /** The journal is tab-separated lines; a value must not be able to add a field or a line. */
    static void requireField(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(name + " must be non-empty, without tabs or line breaks");
        }
    }
}
