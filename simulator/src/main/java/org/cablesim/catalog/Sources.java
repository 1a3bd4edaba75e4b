package org.cablesim.catalog;

/** Shared checks for catalog entries: ids and provenance notes (numeric checks are {@link org.cablesim.stats.Checks}). */
final class Sources {
    /** Catalog ids: letters, digits and {@code . _ : -}; no blanks, so they read unambiguously in paths. */
    static final String ID_PATTERN = "[A-Za-z0-9._:-]+";

    private Sources() {
    }

    static String requireId(String kind, String id) {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException(kind + " id must match " + ID_PATTERN + ", was " + id);
        }
        return id;
    }

    static String requireSource(String kind, String id, String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(kind + " '" + id + "' needs a non-empty source note");
        }
        return source.strip();
    }
}
