package org.cablesim.plant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cablesim.scenario.Architecture;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalLink;

/**
 * Counts of one plan's plant.
 *
 * @param byTier               quantities per tier name, in tier order
 * @param total                quantities over all tiers
 * @param trunksByBuild        trunks per build ({@code 12xMPO-12 144f Type-B}) and stock length (metres)
 * @param transceivers         transceiver modules per type: the PMD id, or {@code <b>x<PMD>} for a switch port
 *                             broken out into b links (one module serves them all)
 * @param matedPairsPerChannel routed channels per number of adapters between their MDIs
 * @param matedPairsPerLink    cabled links per number of adapters between their MDIs (a link's channels share it)
 * @param linksCabled          logical links with cables (all of them unless capacity ran out)
 * @param linksTotal           logical links in the fabric
 */
public record PlantCounts(Map<String, TierCounts> byTier, TierCounts total,
        Map<String, SortedMap<Double, Integer>> trunksByBuild, SortedMap<String, Integer> transceivers,
        SortedMap<Integer, Integer> matedPairsPerChannel, SortedMap<Integer, Integer> matedPairsPerLink,
        int linksCabled, int linksTotal) {

    public PlantCounts {
        byTier = Collections.unmodifiableMap(new LinkedHashMap<>(byTier));
        Map<String, SortedMap<Double, Integer>> copy = new TreeMap<>();
        trunksByBuild.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        trunksByBuild = Collections.unmodifiableMap(copy);
        transceivers = Collections.unmodifiableSortedMap(new TreeMap<>(transceivers));
        matedPairsPerChannel = Collections.unmodifiableSortedMap(new TreeMap<>(matedPairsPerChannel));
        matedPairsPerLink = Collections.unmodifiableSortedMap(new TreeMap<>(matedPairsPerLink));
    }

    /** Fewest adapters between the MDIs over the cabled links (0 when none is cabled). */
    public int minMatedPairs() {
        return matedPairsPerLink.isEmpty() ? 0 : matedPairsPerLink.firstKey();
    }

    /** Most adapters between the MDIs over the cabled links. */
    public int maxMatedPairs() {
        return matedPairsPerLink.isEmpty() ? 0 : matedPairsPerLink.lastKey();
    }

    /** Mean adapters between the MDIs over the cabled links. */
    public double meanMatedPairs() {
        long n = 0;
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : matedPairsPerLink.entrySet()) {
            n += e.getValue();
            sum += (long) e.getKey() * e.getValue();
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    static PlantCounts of(CablingPlan plan) {
        List<TierPlant> tiers = plan.tiers();
        PlantLayout layout = plan.layout();
        Acc[] acc = new Acc[tiers.size()];
        for (int i = 0; i < acc.length; i++) {
            acc[i] = new Acc();
        }
        Map<String, SortedMap<Double, Integer>> byBuild = new TreeMap<>();
        for (int t = 0; t < layout.trunks(); t++) {
            TierPlant tp = tiers.get(layout.trunkTier()[t]);
            Acc a = acc[tp.index()];
            double len = plan.trunkLengthM(t);
            a.trunks++;
            a.trunkMetres += len;
            a.installed += tp.trunkFibres();
            a.mpo += tp.trunkPlug().isArray() ? 2L * tp.legs() : 0;
            if (tp.cassette() != null) {
                a.cassettes += 2 * tp.legs() / tp.cassette().rearPorts();
            } else {
                a.adapters += 2 * tp.legs();
            }
            byBuild.computeIfAbsent(tp.trunkBuild(), k -> new TreeMap<>()).merge(len, 1, Integer::sum);
        }
        SortedMap<Integer, Integer> mated = new TreeMap<>();
        for (int s = 0; s < layout.subChannels(); s++) {
            int link = layout.subLink()[s];
            TierPlant tp = tiers.get(plan.fabric().links().get(link).tierIndex());
            Acc a = acc[tp.index()];
            mated.merge(tp.matedPairs(), 1, Integer::sum);
            a.matedPairs += tp.matedPairs() + 2;
            if (tp.architecture() == Architecture.DIRECT) {
                int fibres = tp.lowerEquip().fibreCount();
                a.assemblies++;
                a.assemblyMetres += plan.assemblyLengthM(tp, link);
                a.installed += fibres;
                a.lit += Math.min(tp.litFibresPerMdi(), fibres);
                a.mpo += tp.lowerEquip().isArray() ? 2 : 0;
                continue;
            }
            int t = layout.subTrunk()[s];
            a.lit += Math.min(tp.litFibresPerMdi(), tp.fibresPerSlot());
            a.cords += 2;
            a.cordMetres += plan.lowerCordLengthM(tp, link, t) + plan.upperCordLengthM(tp, link, t);
            a.mpo += (tp.lowerEquip().isArray() ? 2 : 0) + (tp.upperEquip().isArray() ? 2 : 0);
            if (tp.architecture() == Architecture.CROSS_CONNECT) {
                a.jumpers += 2;
                a.mpo += (tp.lowerEquip().isArray() ? 2 : 0) + (tp.upperEquip().isArray() ? 2 : 0);
                a.adapters += 2;
            }
        }
        for (int st = 0; st < plan.stackCount(); st++) {
            TierPlant tp = tiers.get(layout.stackTier()[st]);
            acc[tp.index()].panels += layout.stackPanels()[st];
            acc[tp.index()].rackUnits += layout.stackPanels()[st] * tp.panels().ruPerPanel();
        }
        SortedMap<String, Integer> transceivers = new TreeMap<>();
        SortedMap<Integer, Integer> matedPerLink = new TreeMap<>();
        int cabled = 0;
        for (int l = 0; l < plan.linkCount(); l++) {
            LogicalLink link = plan.fabric().links().get(l);
            TierPlant tp = tiers.get(link.tierIndex());
            if (plan.isRouted(l)) {
                cabled++;
                matedPerLink.merge(tp.matedPairs(), 1, Integer::sum);
            }
            Device lower = plan.fabric().device(link.fromDeviceId());
            String module = moduleType(tp);
            if (lower.role() == DeviceRole.SERVER) {
                transceivers.merge(tp.pmd().id(), 1, Integer::sum);
            } else if (link.switchPortBreakoutLane() == 1) {
                transceivers.merge(module, 1, Integer::sum);
            }
            if (link.switchPortBreakoutLane() == 1) {
                transceivers.merge(module, 1, Integer::sum);
            }
        }
        Map<String, TierCounts> byTier = new LinkedHashMap<>();
        TierCounts total = TierCounts.ZERO;
        for (TierPlant tp : tiers) {
            TierCounts c = acc[tp.index()].counts();
            byTier.put(tp.tier().name(), c);
            total = total.plus(c);
        }
        return new PlantCounts(byTier, total, byBuild, transceivers, mated, matedPerLink, cabled,
                plan.linkCount());
    }

    /** The module at a switch port of the tier: the PMD, or b of its links on one broken-out port. */
    static String moduleType(TierPlant tp) {
        int b = tp.tier().breakout();
        return b == 1 ? tp.pmd().id() : b + "x" + tp.pmd().id();
    }

    /** Mutable sums of one tier. */
    private static final class Acc {
        long installed;
        long lit;
        int trunks;
        double trunkMetres;
        int cords;
        double cordMetres;
        int jumpers;
        int assemblies;
        double assemblyMetres;
        int cassettes;
        int adapters;
        int panels;
        int rackUnits;
        long mpo;
        long matedPairs;

        TierCounts counts() {
            return new TierCounts(installed, lit, trunks, trunkMetres, cords, cordMetres, jumpers, assemblies,
                    assemblyMetres, cassettes, adapters, panels, rackUnits, mpo, matedPairs);
        }
    }
}
