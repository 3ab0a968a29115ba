package org.carnet.registry.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An SQL statement as a value: text with {@code ?} placeholders and the values bound to them. Built only from
 * fixed text and bind values: the constructor refuses a quote, so no value is ever inlined (STYLE 9).
 */
public record Sql(String text, List<Object> binds) {

    public Sql {
        if (text.indexOf('\'') >= 0 || text.contains("--") || text.contains(";")) {
            throw new IllegalArgumentException("SQL must bind its values, never inline them: " + text);
        }
        binds = List.copyOf(binds);
    }

    /** Builds an {@link Sql} step by step. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> binds = new ArrayList<>();

        /** A builder that starts where this one is, and goes on independently. */
        public Builder copy() {
            Builder copy = new Builder();
            copy.text.append(text);
            copy.binds.addAll(binds);
            return copy;
        }

        public Builder append(String fixedText, Object... values) {
            text.append(fixedText);
            binds.addAll(List.of(values));
            return this;
        }

        /** Appends {@code (?, ?, ...)} with one placeholder per value. */
        public Builder appendList(Collection<?> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an SQL IN list needs at least one value");
            }
            text.append('(');
            text.append(String.join(", ", java.util.Collections.nCopies(values.size(), "?")));
            text.append(')');
            binds.addAll(values);
            return this;
        }

        public Sql build() {
            return new Sql(text.toString(), binds);
        }
    }
}
