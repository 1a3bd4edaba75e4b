package org.cablesim.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** An immutable id-sorted map of one kind of catalog entry with lookups that name the kind on failure. */
final class EntryMap<T> {
    private final String kind;
    private final SortedMap<String, T> byId;

    EntryMap(String kind, Map<String, T> entries) {
        this.kind = kind;
        this.byId = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    T get(String id) {
        T entry = byId.get(id);
        if (entry == null) {
            throw new UnknownCatalogIdException(kind, id, byId.keySet());
        }
        return entry;
    }

    /** What the entries are, e.g. {@code PMD}. */
    String kind() {
        return kind;
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    SortedMap<String, T> asMap() {
        return byId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryMap<?> other && byId.equals(other.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }
}
