package org.carnet.common.validation;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** One attribute of an XDS object whose values, when present, must have a given format. */
record FormatRule<T>(String attribute, Function<T, Object> value, UnaryOperator<String> check) {

    /** What is wrong with each present, non-blank value of the attribute (none when all are well formed). */
    List<String> problems(T object) {
        Object v = value.apply(object);
        List<?> values = v == null ? List.of() : v instanceof Collection<?> c ? List.copyOf(c) : List.of(v);
        return values.stream()
                .map(Object::toString)
                .filter(s -> !s.isBlank()) // a blank value is a missing one, which the required rules report
                .map(check)
                .filter(p -> p != null)
                .map(p -> attribute + " " + p)
                .toList();
    }
}
