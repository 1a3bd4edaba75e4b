package org.cablesim.plant;

import java.util.List;
import java.util.Objects;

/**
 * What a growth phase does to one link.
 *
 * @param linkId   the link
 * @param tierName its tier
 * @param kind     new, re-patched or re-cabled
 * @param panels   the panels (e.g. {@code R04-13.U41}) where the phase plugs or unplugs one of its cords or jumpers,
 *                 sorted
 */
public record LinkWork(String linkId, String tierName, Kind kind, List<String> panels) {
    /** What happens to the link. */
    public enum Kind {
        /** The link is installed for the first time. */
        NEW("new"),
        /** The link keeps installed trunk legs; only its cords or jumpers are moved or replaced. */
        RE_PATCHED("re-patched"),
        /** The link needs cable installed in this phase: a new trunk (or a new direct assembly). */
        RE_CABLED("re-cabled");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        /** The name in result files. */
        public String fileName() {
            return fileName;
        }
    }

    public LinkWork {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(tierName, "tierName");
        Objects.requireNonNull(kind, "kind");
        panels = List.copyOf(panels);
    }
}
