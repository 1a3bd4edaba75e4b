package org.cablesim.plant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cablesim.catalog.PortShare;
import org.cablesim.scenario.Architecture;
import org.cablesim.topology.LogicalLink;

/**
 * Counts of one plan's plant.
 *
 * @param byTier               quantities per tier name, in tier order
 * @param total                quantities over all tiers
 * @param trunksByBuild        trunks per build ({@code 12xMPO-12 144f Type-B}) and stock length (metres)
 * @param transceivers         transceiver modules per type: one per port, the type its {@link PortShare} names (the
 *                             PMD, or {@code <b>x<PMD>} for b whole PMDs ganged in one port): one 800GBASE-DR8 in a
 *                             leaf port broken out to two 400GBASE-DR4 NICs, and one 400GBASE-DR4 per NIC
 * @param transceiversByEnd    the same per tier and end: {@code <tier>/lower} and {@code <tier>/upper}
 * @param matedPairsPerChannel routed channels per number of adapters between their MDIs
 * @param matedPairsPerLink    cabled links per number of adapters between their MDIs (a link's channels share it)
 * @param linksCabled          logical links with cables (all of them unless capacity ran out)
 * @param linksTotal           logical links in the fabric
 */
public record PlantCounts(Map<String, TierCounts> byTier, TierCounts total,
        Map<String, SortedMap<Double, Integer>> trunksByBuild, SortedMap<String, Integer> transceivers,
        Map<String, SortedMap<String, Integer>> transceiversByEnd,
        SortedMap<Integer, Integer> matedPairsPerChannel, SortedMap<Integer, Integer> matedPairsPerLink,
        int linksCabled, int linksTotal) {

    public PlantCounts {
        byTier = Collections.unmodifiableMap(new LinkedHashMap<>(byTier));
        Map<String, SortedMap<Double, Integer>> copy = new TreeMap<>();
        trunksByBuild.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        trunksByBuild = Collections.unmodifiableMap(copy);
        transceivers = Collections.unmodifiableSortedMap(new TreeMap<>(transceivers));
        Map<String, SortedMap<String, Integer>> ends = new LinkedHashMap<>();
        transceiversByEnd.forEach((k, v) -> ends.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        transceiversByEnd = Collections.unmodifiableMap(ends);
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
            a.splices += (long) tp.trunkFibres() * tp.splicePoints();
            if (tp.cassette() != null) {
                a.cassettes += 2 * tp.legs() / tp.cassette().rearPorts();
            } else {
                a.adapters += 2 * tp.legs();
            }
            byBuild.computeIfAbsent(tp.trunkBuild(), k -> new TreeMap<>()).merge(len, 1, Integer::sum);
        }
        for (int h = 0; h < plan.harnessCount(); h++) {
            TierPlant tp = tiers.get(plan.harnessTier(h));
            Acc a = acc[tp.index()];
            HarnessRun template = tp.harness(TrunkSide.FAR) != null ? tp.harness(TrunkSide.FAR)
                    : tp.harness(TrunkSide.NEAR);
            a.harnesses++;
            a.mpo += (template.module().nearEnd(1).isArray() ? template.module().nearPortCount() : 0)
                    + (template.module().farEnd(1).isArray() ? template.module().farPortCount() : 0);
            if (tp.architecture() == Architecture.DIRECT) {
                a.installed += template.type().fibres();
                a.assemblyMetres += plan.harnessLengthM(h);
            } else {
                a.cordMetres += plan.harnessLengthM(h);
            }
        }
        SortedMap<Integer, Integer> mated = new TreeMap<>();
        for (int s = 0; s < layout.subChannels(); s++) {
            int link = layout.subLink()[s];
            LogicalLink logical = plan.fabric().links().get(link);
            TierPlant tp = tiers.get(logical.tierIndex());
            Acc a = acc[tp.index()];
            mated.merge(tp.matedPairs(), 1, Integer::sum);
            int lowerMdi = ownsMdi(tp.ends().lower(), logical.lowerPortLane()) ? 1 : 0;
            int upperMdi = ownsMdi(tp.ends().upper(), logical.switchPortBreakoutLane()) ? 1 : 0;
            a.lowerMdi += lowerMdi;
            a.upperMdi += upperMdi;
            a.matedPairs += tp.matedPairs() + lowerMdi + upperMdi;
            boolean lowerHarness = layout.subLowerHarness()[s] >= 0;
            boolean upperHarness = layout.subUpperHarness()[s] >= 0;
            if (tp.architecture() == Architecture.DIRECT) {
                a.lit += tp.litFibresPerMdi();
                if (!lowerHarness && !upperHarness) {
                    int fibres = tp.lowerEquip().fibreCount();
                    a.assemblies++;
                    a.assemblyMetres += plan.assemblyLengthM(tp, link);
                    a.installed += fibres;
                    a.mpo += tp.lowerEquip().isArray() ? 2 : 0;
                }
                continue;
            }
            int t = layout.subTrunk()[s];
            a.lit += Math.min(tp.litFibresPerMdi(), tp.fibresPerSlot());
            if (!lowerHarness) {
                a.cords++;
                a.cordMetres += plan.lowerCordLengthM(tp, link, t);
                a.mpo += tp.lowerEquip().isArray() ? 2 : 0;
            }
            if (!upperHarness) {
                a.cords++;
                a.cordMetres += plan.upperCordLengthM(tp, link, t);
                a.mpo += tp.upperEquip().isArray() ? 2 : 0;
            }
            if (tp.architecture() == Architecture.CROSS_CONNECT) {
                a.jumpers += 2;
                a.mpo += (tp.lowerPanelPlug().isArray() ? 2 : 0) + (tp.upperPanelPlug().isArray() ? 2 : 0);
                a.adapters += 2;
            }
        }
        for (int st = 0; st < plan.stackCount(); st++) {
            TierPlant tp = tiers.get(layout.stackTier()[st]);
            acc[tp.index()].panels += layout.stackPanels()[st];
            acc[tp.index()].rackUnits += layout.stackPanels()[st] * tp.panels().ruPerPanel();
        }
        SortedMap<String, Integer> transceivers = new TreeMap<>();
        Map<String, SortedMap<String, Integer>> byEnd = new LinkedHashMap<>();
        for (TierPlant tp : tiers) {
            byEnd.put(tp.tier().name() + "/lower", new TreeMap<>());
            byEnd.put(tp.tier().name() + "/upper", new TreeMap<>());
        }
        SortedMap<Integer, Integer> matedPerLink = new TreeMap<>();
        int cabled = 0;
        for (int l = 0; l < plan.linkCount(); l++) {
            LogicalLink link = plan.fabric().links().get(l);
            TierPlant tp = tiers.get(link.tierIndex());
            if (plan.isRouted(l)) {
                cabled++;
                matedPerLink.merge(tp.matedPairs(), 1, Integer::sum);
            }
            if (tp.copper() != null) {
                continue; // a copper cable has its ends built in: no transceivers
            }
            count(transceivers, byEnd.get(tp.tier().name() + "/lower"), tp.ends().lower(), link.lowerPortLane());
            count(transceivers, byEnd.get(tp.tier().name() + "/upper"), tp.ends().upper(),
                    link.switchPortBreakoutLane());
        }
        for (TierPlant tp : tiers) {
            CopperCables.byLengthM(plan, tp).forEach((lengthM, n) -> {
                acc[tp.index()].copperCables += n;
                acc[tp.index()].copperMetres += lengthM * n;
            });
        }
        Map<String, TierCounts> byTier = new LinkedHashMap<>();
        TierCounts total = TierCounts.ZERO;
        for (TierPlant tp : tiers) {
            TierCounts c = acc[tp.index()].counts();
            byTier.put(tp.tier().name(), c);
            total = total.plus(c);
        }
        return new PlantCounts(byTier, total, byBuild, transceivers, byEnd, mated, matedPerLink, cabled,
                plan.linkCount());
    }

    /** A port's module is counted once: by its only link, or by the link on lane 1 of a shared port. */
    private static void count(Map<String, Integer> all, Map<String, Integer> end, PortShare share, int lane) {
        if (share.links() == 1 || lane == 1) {
            all.merge(share.moduleType(), 1, Integer::sum);
            end.merge(share.moduleType(), 1, Integer::sum);
        }
    }

    /** Whether a link's channel makes its own MDI mating at a port (a harness's common plug is mated once). */
    private static boolean ownsMdi(PortShare share, int lane) {
        return share.linksPerMdi() == 1 || lane == 1;
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
        int harnesses;
        long lowerMdi;
        long upperMdi;
        long splices;
        int copperCables;
        double copperMetres;

        TierCounts counts() {
            return new TierCounts(installed, lit, trunks, trunkMetres, cords, cordMetres, jumpers, assemblies,
                    assemblyMetres, cassettes, adapters, panels, rackUnits, mpo, matedPairs, harnesses, lowerMdi,
                    upperMdi, splices, copperCables, copperMetres);
        }
    }
}
