package org.carnet.common.metadata;

import java.util.Objects;

/**
 * An ebRIM LocalizedString: value, language and charset. An absent language or charset means the ebRIM 3.0
 * schema defaults ({@code en-US}, {@code UTF-8}), which is what this record holds then, so that a string read
 * back from XML equals the one that was written.
 */
public record LocalizedString(String value, String lang, String charset) {
    public static final String DEFAULT_LANG = "en-US";
    public static final String DEFAULT_CHARSET = "UTF-8";

    public LocalizedString {
        Objects.requireNonNull(value, "value");
        lang = lang == null ? DEFAULT_LANG : lang;
        charset = charset == null ? DEFAULT_CHARSET : charset;
    }

    public LocalizedString(String value) {
        this(value, null, null);
    }
}
