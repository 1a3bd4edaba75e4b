package org.cablesim.plant;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.stats.Checks;

/**
 * The plant work of one growth phase under one plan, against the phase before (the initial phase: the whole first
 * build). Money is priced from the catalog like the bill of materials.
 *
 * @param trunksAdded       trunks installed, per tier name
 * @param panelsAdded       patch panels installed, per tier name
 * @param trunkMetres       trunk length installed, metres, ≥ 0
 * @param cablesInstalled   cords, jumpers and direct assemblies installed (new or replacing a moved one), ≥ 0
 * @param matedPairsMade    mated pairs made or re-made, the MDI matings included, ≥ 0
 * @param panelsTouched     panels that existed before the phase where it plugs or unplugs a cord or jumper, ≥ 0
 * @param labourHours       installation labour: mated pairs × {@code labour.mated-pair} + cables ×
 *                          {@code labour.cord-route} + trunk metres × {@code labour.trunk-route}, hours, ≥ 0
 * @param labourUsd         labour hours × {@code labour-rate}, USD, ≥ 0
 * @param materialUsd       bill-of-materials delta: every line's growth in quantity at its unit price (labour
 *                          apart), USD, ≥ 0
 * @param materialByCategory that delta per BOM category (labour excluded), USD
 * @param fibresInstalled   fibres in trunks and assemblies once the phase is built
 * @param fibresLit         of those, fibres carrying a lane
 * @param fibresIdle        fibres of trunk slots no link uses yet (pre-installed, or left by a moved link)
 * @param idleValueUsd      the share of the passive plant's price (trunks, adapters, cassettes, panels) that idle
 *                          trunk slots stand for, per tier by slot share, USD, ≥ 0
 * @param links             every link the phase installs or changes, in link order
 * @param trunks            every trunk the phase pulls, in trunk order, with the live parts it lands next to
 */
public record PhaseWork(Map<String, Integer> trunksAdded, Map<String, Integer> panelsAdded, double trunkMetres,
        int cablesInstalled, long matedPairsMade, int panelsTouched, double labourHours, double labourUsd,
        double materialUsd, Map<BomLine.Category, Double> materialByCategory, long fibresInstalled, long fibresLit,
        long fibresIdle, double idleValueUsd, List<LinkWork> links, List<TrunkWork> trunks) {
    public PhaseWork {
        trunksAdded = Collections.unmodifiableMap(new LinkedHashMap<>(trunksAdded));
        panelsAdded = Collections.unmodifiableMap(new LinkedHashMap<>(panelsAdded));
        Checks.nonNegative("trunkMetres", trunkMetres);
        Checks.nonNegative("labourHours", labourHours);
        Checks.nonNegative("labourUsd", labourUsd);
        Checks.nonNegative("materialUsd", materialUsd);
        Checks.nonNegative("idleValueUsd", idleValueUsd);
        materialByCategory = Collections.unmodifiableMap(new EnumMap<>(materialByCategory));
        links = List.copyOf(links);
        trunks = List.copyOf(trunks);
    }

    /** Links of one kind. */
    public int count(LinkWork.Kind kind) {
        return (int) links.stream().filter(l -> l.kind() == kind).count();
    }

    /** Trunks installed over all tiers. */
    public int trunksAddedTotal() {
        return trunksAdded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Panels installed over all tiers. */
    public int panelsAddedTotal() {
        return panelsAdded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Material and labour, USD. */
    public double costUsd() {
        return materialUsd + labourUsd;
    }
}
