package org.cablesim.lifecycle;

import java.util.List;
import java.util.Objects;
import org.cablesim.scenario.PartKind;

/**
 * A replaceable part of the plant and the links that go down when it fails.
 *
 * @param id      unique, non-blank
 * @param kind    what the part is
 * @param linkIds the links that go down when it fails (a trunk fails many); non-empty, distinct
 */
public record Component(String id, PartKind kind, List<String> linkIds) {
    public Component {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("component id must be non-blank");
        }
        Objects.requireNonNull(kind, "kind");
        linkIds = List.copyOf(linkIds);
        if (linkIds.isEmpty()) {
            throw new IllegalArgumentException("component " + id + " carries no link");
        }
        if (linkIds.stream().distinct().count() != linkIds.size()) {
            throw new IllegalArgumentException("component " + id + " lists a link twice");
        }
    }
}
