package org.carnet.common.metadata;

import java.util.Objects;

/** An ebRIM LocalizedString: value, language and charset (both optional). */
public record LocalizedString(String value, String lang, String charset) {

    public LocalizedString {
        Objects.requireNonNull(value, "value");
    }

    public LocalizedString(String value) {
        this(value, null, null);
    }
}
