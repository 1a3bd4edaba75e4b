package org.cablesim.fabricexport;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Logical links that one physical part carries, so that one cut, pull or contamination of it can take them all
 * down together.
 *
 * @param id      stable id: kind and the part's label, e.g. {@code trunk:T000001}, {@code pathway:e12}
 * @param kind    what the part is
 * @param label   the part's label in the plan's files (trunk id, panel label, pathway segment)
 * @param linkIds the links it carries, in link order, at least 2
 */
public record SharedRiskGroup(String id, Kind kind, String label, List<String> linkIds) {
    /** The kind of part a group shares. */
    public enum Kind {
        /** One trunk cable (all its legs). */
        TRUNK,
        /** One cassette. */
        CASSETTE,
        /** One patch panel. */
        PANEL,
        /** One pathway segment: a rack drop, a row tray, a cross-aisle or the main tray. */
        PATHWAY;

        /** The kind's id in files, e.g. {@code trunk}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SharedRiskGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        linkIds = List.copyOf(linkIds);
        if (linkIds.size() < 2) {
            throw new IllegalArgumentException(id + ": a shared-risk group holds at least 2 links");
        }
    }

    /** Links in the group. */
    public int size() {
        return linkIds.size();
    }
}
