package org.carnet.common.validation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** One attribute of an XDS object that must be present in the given transactions, for the objects it applies to. */
record AttributeRule<T>(String attribute, Function<T, Object> value, Set<Profile> requiredIn, Predicate<T> appliesTo) {

    static <T> AttributeRule<T> required(String attribute, Function<T, Object> value) {
        return new AttributeRule<>(attribute, value, EnumSet.allOf(Profile.class), o -> true);
    }

    static <T> AttributeRule<T> requiredIn(Profile first, Profile second, String attribute,
                                           Function<T, Object> value) {
        return new AttributeRule<>(attribute, value, EnumSet.of(first, second), o -> true);
    }

    AttributeRule<T> onlyFor(Predicate<T> objects) {
        return new AttributeRule<>(attribute, value, requiredIn, objects);
    }

    boolean isMissing(T object, Profile profile) {
        if (!requiredIn.contains(profile) || !appliesTo.test(object)) {
            return false;
        }
        Object v = value.apply(object);
        return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty());
    }
}
