package org.cablesim.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** How the values of one enum are spelled in files, both ways. */
final class Spelling<E extends Enum<E>> {
    private final Map<String, E> byName = new LinkedHashMap<>();
    private final Map<E, String> byValue = new LinkedHashMap<>();

    private Spelling(E[] values, Function<E, String> name) {
        for (E value : values) {
            byName.put(name.apply(value), value);
            byValue.put(value, name.apply(value));
        }
    }

    static <E extends Enum<E>> Spelling<E> of(E[] values, Function<E, String> name) {
        return new Spelling<>(values, name);
    }

    /** Spelled as the constant's name (acronyms such as SMF, APC). */
    static <E extends Enum<E>> Spelling<E> exact(E[] values) {
        return new Spelling<>(values, Enum::name);
    }

    /** Spelled in lower case with hyphens (RARE_EVENT → rare-event). */
    static <E extends Enum<E>> Spelling<E> lowerHyphen(E[] values) {
        return new Spelling<>(values, v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    Optional<E> parse(String text) {
        return Optional.ofNullable(byName.get(text));
    }

    String name(E value) {
        return byValue.get(value);
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
