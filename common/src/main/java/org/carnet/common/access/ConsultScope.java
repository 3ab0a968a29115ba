package org.carnet.common.access;

import java.util.List;
import java.util.Objects;

/**
 * A restriction on the document entries a caller may see, as an SQL condition over the registry's
 * {@code document_entry} table (alias {@code d}) with bind values only. {@link #ALL} restricts nothing.
 */
public record ConsultScope(String documentCondition, List<Object> binds) {

    public static final ConsultScope ALL = new ConsultScope("1=1", List.of());

    public ConsultScope {
        Objects.requireNonNull(documentCondition, "documentCondition");
        binds = List.copyOf(binds);
        if (documentCondition.indexOf('\'') >= 0) {
            throw new IllegalArgumentException("a consult scope binds its values; it never inlines literals");
        }
    }
}
