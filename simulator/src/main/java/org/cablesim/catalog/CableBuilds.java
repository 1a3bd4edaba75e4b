package org.cablesim.catalog;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * A catalog's cable builds and which one a cable takes: among the builds of the cable's kind, the one with the smallest
 * {@code fibres} at least the cable's (a trunk's fibre count, a cord's plug fibres, 0 for copper), ties by id; the
 * largest of the kind when none holds them all.
 */
public final class CableBuilds {
    private static final Comparator<CableBuild> BY_FIBRES = Comparator.comparingInt(CableBuild::fibres)
            .thenComparing(CableBuild::id);
    private final EntryMap<CableBuild> byId;
    private final Map<CableBuild.Kind, List<CableBuild>> byKind = new EnumMap<>(CableBuild.Kind.class);

    CableBuilds(Map<String, CableBuild> builds) {
        this.byId = new EntryMap<>("cable build", builds);
        for (CableBuild.Kind kind : CableBuild.Kind.values()) {
            byKind.put(kind, builds.values().stream().filter(b -> b.kind() == kind).sorted(BY_FIBRES).toList());
        }
    }

    /** The builds by id. */
    public SortedMap<String, CableBuild> asMap() {
        return byId.asMap();
    }

    EntryMap<CableBuild> entries() {
        return byId;
    }

    /** The build of a trunk with this many fibres, ≥ 1. */
    public CableBuild trunk(int fibres) {
        return select(CableBuild.Kind.TRUNK, fibres);
    }

    /** The build of a cord (or direct assembly) whose plug holds this many fibres, ≥ 1. */
    public CableBuild cord(int fibresPerPlug) {
        return select(CableBuild.Kind.CORD, fibresPerPlug);
    }

    /** The build of a copper cable. */
    public CableBuild copper() {
        return select(CableBuild.Kind.COPPER, 0);
    }

    /**
     * The build a cable of this kind holding this many fibres takes.
     *
     * @throws UnknownCatalogIdException when the catalog holds no build of this kind
     */
    public CableBuild select(CableBuild.Kind kind, int fibres) {
        List<CableBuild> ofKind = byKind.get(kind);
        if (ofKind.isEmpty()) {
            throw new UnknownCatalogIdException("cable build of kind", kind.name().toLowerCase(Locale.ROOT),
                    byId.ids());
        }
        for (CableBuild b : ofKind) {
            if (b.fibres() >= fibres) {
                return b;
            }
        }
        return ofKind.get(ofKind.size() - 1);
    }
}
