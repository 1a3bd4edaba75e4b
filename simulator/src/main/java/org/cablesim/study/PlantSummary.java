package org.cablesim.study;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cablesim.plant.Bom;
import org.cablesim.plant.BomLine;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PathwayFill;
import org.cablesim.plant.PlantCounts;
import org.cablesim.plant.PlantViolation;
import org.cablesim.plant.TierCounts;
import org.cablesim.polarity.CheckKind;
import org.cablesim.scenario.SparesSpec;

/**
 * The plant headline figures of one plan (summary.json part 2).
 *
 * @param fibresInstalled   fibres in trunks and direct assemblies
 * @param fibresLit         of those, fibres carrying a lane
 * @param trunks            trunks (including provisioned spares)
 * @param cords             equipment cords
 * @param jumpers           cross-connect jumpers
 * @param assemblies        direct assemblies
 * @param mpoConnectors     MPO plugs on cables
 * @param adapters          plain panel adapters
 * @param cassettes         cassettes
 * @param panels            patch panels
 * @param rackUnits         rack units of panels
 * @param matedPairsMin     fewest adapters between the MDIs of a channel
 * @param matedPairsMean    mean adapters between the MDIs
 * @param matedPairsMax     most adapters between the MDIs
 * @param linksCabled       links with cables
 * @param violations        check violations
 * @param violationsByKind  violations per kind, every kind present, in kind order
 * @param costTotalUsd      BOM total, USD
 * @param costByCategory    BOM per category (every category), USD
 * @param costByTier        BOM per tier, USD
 * @param transceivers      transceiver modules per type
 * @param matedPairsPerChannel routed channels per number of adapters between their MDIs
 * @param trunksByBuild     trunks per build and stock length (metres)
 * @param harnesses         breakout harnesses (one per port split by a harness)
 * @param fibreSplices      fusion splices (trunk fibres × splice points)
 * @param transceiversByEnd transceiver modules per type at each end of each tier ({@code <tier>/lower|upper})
 * @param polarityByTier    the polarity method each tier's parts build ({@link org.cablesim.plant.PolarityAsBuilt})
 * @param copperCables      copper cables (DAC, ACC, AEC) of copper tiers
 * @param pathwaysOverFill  pathway segments filled beyond the fill limit ({@code tray-fill} violations)
 * @param fullestPathways   the fullest pathway segments, fullest first, at most {@link PathwayFill#FULLEST}
 * @param spares            the spare lines bought with the plan ({@link Bom#spares}), not in {@code costTotalUsd}
 */
public record PlantSummary(long fibresInstalled, long fibresLit, int trunks, int cords, int jumpers, int assemblies,
        long mpoConnectors, int adapters, int cassettes, int panels, int rackUnits, int matedPairsMin,
        double matedPairsMean, int matedPairsMax, int linksCabled, int violations,
        Map<CheckKind, Integer> violationsByKind, double costTotalUsd, Map<BomLine.Category, Double> costByCategory,
        Map<String, Double> costByTier, SortedMap<String, Integer> transceivers,
        SortedMap<Integer, Integer> matedPairsPerChannel, Map<String, SortedMap<Double, Integer>> trunksByBuild,
        int harnesses, long fibreSplices, Map<String, SortedMap<String, Integer>> transceiversByEnd,
        Map<String, String> polarityByTier, int copperCables, long pathwaysOverFill,
        List<PathwayFill.Segment> fullestPathways, Bom spares) {

    public PlantSummary {
        violationsByKind = Collections.unmodifiableMap(new EnumMap<>(violationsByKind));
        costByCategory = Collections.unmodifiableMap(new EnumMap<>(costByCategory));
        costByTier = Collections.unmodifiableMap(new LinkedHashMap<>(costByTier));
        transceivers = Collections.unmodifiableSortedMap(new TreeMap<>(transceivers));
        matedPairsPerChannel = Collections.unmodifiableSortedMap(new TreeMap<>(matedPairsPerChannel));
        trunksByBuild = Collections.unmodifiableMap(new TreeMap<>(trunksByBuild));
        transceiversByEnd = Collections.unmodifiableMap(new LinkedHashMap<>(transceiversByEnd));
        polarityByTier = Collections.unmodifiableMap(new LinkedHashMap<>(polarityByTier));
        fullestPathways = List.copyOf(fullestPathways);
        java.util.Objects.requireNonNull(spares, "spares");
    }

    /** The file and text spelling of a check kind: lower case with hyphens ({@code FIBRE_TYPE} → {@code fibre-type}). */
    public static String kindName(CheckKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Dark fibres: installed − lit. */
    public long fibresDark() {
        return fibresInstalled - fibresLit;
    }

    /** Dark fraction of installed fibres, 0 when none. */
    public double darkFraction() {
        return fibresInstalled == 0 ? 0 : (double) fibresDark() / fibresInstalled;
    }

    /** The figures of a routed plan. */
    /**
     * The figures of a routed plan.
     *
     * @param spares the spares policy (the scenario's {@code lifecycle.spares}) the plan's spare lines follow
     */
    public static PlantSummary of(CablingPlan plan, SparesSpec spares) {
        PlantCounts counts = plan.counts();
        TierCounts t = counts.total();
        Map<CheckKind, Integer> byKind = new EnumMap<>(CheckKind.class);
        for (CheckKind k : CheckKind.values()) {
            byKind.put(k, 0);
        }
        for (PlantViolation v : plan.violations()) {
            byKind.merge(v.kind(), 1, Integer::sum);
        }
        var bom = plan.bom();
        return new PlantSummary(t.fibresInstalled(), t.fibresLit(), t.trunks(), t.cords(), t.jumpers(),
                t.assemblies(), t.mpoConnectors(), t.adapters(), t.cassettes(), t.panels(), t.rackUnits(),
                counts.minMatedPairs(), counts.meanMatedPairs(), counts.maxMatedPairs(), counts.linksCabled(),
                plan.violations().size(), byKind, bom.totalUsd(), bom.byCategory(), bom.byTier(),
                counts.transceivers(), counts.matedPairsPerChannel(), counts.trunksByBuild(), t.harnesses(),
                t.fibreSplices(), counts.transceiversByEnd(), polarity(plan), t.copperCables(),
                plan.pathwayFill().overfull(), plan.pathwayFill().fullest(PathwayFill.FULLEST), bom.spares(spares));
    }

    private static Map<String, String> polarity(CablingPlan plan) {
        Map<String, String> out = new LinkedHashMap<>();
        plan.tiers().forEach(tp -> out.put(tp.tier().name(), tp.polarityAsBuilt().describe()));
        return out;
    }
}
