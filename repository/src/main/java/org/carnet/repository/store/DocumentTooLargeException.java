package org.carnet.repository.store;

import java.io.IOException;

/** Content went past the store's size limit; the store stopped reading and kept nothing. */
public class DocumentTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public DocumentTooLargeException(long maxBytes) {
        super("document is larger than the limit of " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
