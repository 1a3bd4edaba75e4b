package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One design of the {@code study} section: several scenario fields varied together, as a full grid of their values
 * or as a Latin hypercube over numeric ranges. Every point runs every plan with the run's seed.
 *
 * @param kind    grid or Latin hypercube
 * @param points  a Latin hypercube's number of points; a grid's is the product of its factors' value counts
 * @param factors the varied fields, 1..{@value #MAX_FACTORS}, in file order
 */
public record DesignSection(DesignKind kind, int points, List<FactorSection> factors) {
    static final String[] FIELDS = {"kind", "points", "factors"};
    static final Spelling<DesignKind> KIND = Spelling.lowerHyphen(DesignKind.values());
    /** Most factors of one design. */
    static final int MAX_FACTORS = 10;
    /** Most points of one design. */
    public static final int MAX_POINTS = 100_000;

    public DesignSection {
        Objects.requireNonNull(kind, "kind");
        factors = List.copyOf(factors);
    }

    /** The design at {@code f}, or null when invalid (reported). */
    static DesignSection read(Fields f) {
        int before = f.problems().size();
        DesignKind kind = f.requiredEnum("kind", KIND);
        Integer lhsPoints = f.optionalInt("points", 1, MAX_POINTS);
        if (kind == DesignKind.LATIN_HYPERCUBE && lhsPoints == null && !f.describing()) {
            f.problems().add(f.pathOf("points"), "required for a latin-hypercube");
        } else if (kind == DesignKind.GRID && lhsPoints != null) {
            f.problems().add(f.pathOf("points"), "a grid has a point for every combination of its factors' values;"
                    + " only a latin-hypercube sets points");
        }
        List<JsonNode> nodes = f.list("factors", true);
        List<FactorSection> factors = new ArrayList<>();
        if (nodes != null && kind != null) {
            if ((nodes.isEmpty() || nodes.size() > MAX_FACTORS) && !f.describing()) {
                f.problems().add(f.pathOf("factors"), "must have 1.." + MAX_FACTORS + " factors, had " + nodes.size());
            }
            for (int i = 0; i < nodes.size(); i++) {
                FactorSection factor = FactorSection.read(Fields.of(nodes.get(i),
                        TreePath.index(f.pathOf("factors"), i), f.problems(), FactorSection.FIELDS), kind);
                if (factor != null) {
                    factors.add(factor);
                }
            }
        }
        if (f.problems().size() > before || f.isBroken() || kind == null || nodes == null || f.describing()) {
            return null;
        }
        long points = kind == DesignKind.LATIN_HYPERCUBE ? lhsPoints : 1;
        for (FactorSection factor : kind == DesignKind.GRID ? factors : List.<FactorSection>of()) {
            points = Math.min(points * factor.values().size(), MAX_POINTS + 1L);
        }
        if (points > MAX_POINTS) {
            f.problems().add(f.pathOf("factors"), "the grid has more than " + MAX_POINTS + " points");
            return null;
        }
        return new DesignSection(kind, (int) points, factors);
    }

    /** The file spelling of {@code kind}, e.g. {@code latin-hypercube}. */
    public static String kindName(DesignKind kind) {
        return KIND.name(kind);
    }
}
