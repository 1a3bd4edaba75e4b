package org.cablesim.catalog;

import java.util.Collection;

/** Thrown when a catalog lookup names an id the catalog does not hold; the message lists the known ids. */
public final class UnknownCatalogIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind  what was looked up, e.g. {@code PMD}
     * @param id    the id asked for
     * @param known the ids the catalog holds, already sorted
     */
    public UnknownCatalogIdException(String kind, String id, Collection<String> known) {
        super(message(kind, id, known));
    }

    /** The message used for an unknown id: {@code unknown PMD 'X' (known: A, B)}. */
    public static String message(String kind, String id, Collection<String> known) {
        return "unknown " + kind + " '" + id + "' (known: " + String.join(", ", known) + ")";
    }
}
