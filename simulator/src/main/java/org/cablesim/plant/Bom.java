package org.cablesim.plant;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.SparesSpec;

/**
 * A plan's bill of materials priced from the catalog price book: transceivers, trunks, cords, jumpers, assemblies,
 * cassettes, adapters, panels and labour, per tier. How each line is priced is written out in {@link BomPricer}.
 *
 * @param lines every line, by tier then category
 */
public record Bom(List<BomLine> lines) {
    public Bom {
        lines = List.copyOf(lines);
    }

    /** Total cost, USD. */
    public double totalUsd() {
        return lines.stream().mapToDouble(BomLine::totalUsd).sum();
    }

    /** Cost per category in category order (every category present), USD. */
    public Map<BomLine.Category, Double> byCategory() {
        Map<BomLine.Category, Double> m = new EnumMap<>(BomLine.Category.class);
        for (BomLine.Category c : BomLine.Category.values()) {
            m.put(c, 0.0);
        }
        lines.forEach(l -> m.merge(l.category(), l.totalUsd(), Double::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Cost per tier in tier order, USD. */
    public Map<String, Double> byTier() {
        Map<String, Double> m = new LinkedHashMap<>();
        lines.forEach(l -> m.merge(l.tierName(), l.totalUsd(), Double::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Price-book ids the BOM needed but the catalog lacks (their lines count 0). */
    public List<String> unpricedIds() {
        return lines.stream().filter(l -> !l.priced()).map(BomLine::priceIds).distinct().toList();
    }

    /**
     * The spare lines bought with this (installed) BOM under a spares policy (see {@link BomSpares}): one
     * {@code spare <item>} line per line of replaceable parts, in this BOM's order.
     */
    public Bom spares(SparesSpec policy) {
        return new Bom(BomSpares.of(lines, policy));
    }

    /** Prices a routed plan with its catalog. */
    public static Bom of(CablingPlan plan) {
        return new Bom(new BomPricer(plan).price());
    }
}
