package org.carnet.repository.store;

import java.nio.file.Path;
import java.util.Objects;

/** Bytes written and forced to disk but not yet visible: the temporary file, its SHA-1 and its size in bytes. */
public record StagedDocument(Path path, String sha1, long size) {

    public StagedDocument {
        Objects.requireNonNull(path, "path");
        Sha1.requireValid(sha1);
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
    }
}
