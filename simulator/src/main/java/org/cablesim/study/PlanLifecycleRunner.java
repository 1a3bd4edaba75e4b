package org.cablesim.study;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LabourUnit;
import org.cablesim.catalog.PriceUnit;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.LifecycleSettings;
import org.cablesim.lifecycle.LifecycleSimulator;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.lifecycle.UpgradeCosts;
import org.cablesim.lifecycle.UpgradeWave;
import org.cablesim.plant.BomLine;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.TierPlant;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.UpgradeWaveSpec;

/**
 * Runs the lifecycle simulation of one routed plan: lays the lifecycle plant under it, resolves the scenario's
 * upgrade waves against the plan's cabling and prices, and simulates with the master seed, so that every plan
 * of a study draws from the same named streams (common random numbers).
 *
 * <p>Upgrade labour and money per lifecycle link (catalog data, rough street prices): a reused link costs the turn-up test
 * plus two MDI matings ({@code labour.mated-pair}) and its share of the new optics (two
 * {@code transceiver:<PMD>} per logical link, split over the link's installed MDIs); a re-cabled link adds a
 * mated pair per connection of its channel and {@code labour.cord-route} per cord or jumper, and its share of
 * the tier's passive plant as priced in the plan's bill of materials (trunks, cords, jumpers, assemblies,
 * cassettes, adapters), bought again; labour at {@code prices.labour-rate}. Missing catalog entries count 0.
 */
public final class PlanLifecycleRunner {
    private static final Set<BomLine.Category> PASSIVE = EnumSet.of(BomLine.Category.TRUNKS, BomLine.Category.CORDS,
            BomLine.Category.JUMPERS, BomLine.Category.ASSEMBLIES, BomLine.Category.CASSETTES,
            BomLine.Category.ADAPTERS);

    private PlanLifecycleRunner() {
    }

    /**
     * Simulates one plan.
     *
     * @param plan     the routed plan
     * @param scenario the scenario (lifecycle settings, cluster, loss-budget convention)
     * @param seed     master seed
     * @param threads  worker threads, ≥ 1; the result does not depend on it
     * @return the plan's lifecycle outcome, or null when no link of the plan is cabled (capacity exhausted under
     *         {@code fail}): there is nothing to simulate
     */
    public static PlanLifecycle run(CablingPlan plan, Scenario scenario, long seed, int threads) {
        return run(plan, scenario, seed, threads, () -> { });
    }

    /** As {@link #run(CablingPlan, Scenario, long, int)}, calling {@code replicationDone} after each replication. */
    public static PlanLifecycle run(CablingPlan plan, Scenario scenario, long seed, int threads,
            Runnable replicationDone) {
        if (java.util.stream.IntStream.range(0, plan.linkCount()).noneMatch(plan::isRouted)) {
            return null;
        }
        LifecycleSpec spec = scenario.lifecycle();
        PlanLifecycleInputs inputs = PlanLifecycleInputs.of(plan, scenario.montecarlo().countTransceiverMatedPairs());
        PlantUpgradeFeasibility feasibility = new PlantUpgradeFeasibility(inputs);
        List<UpgradeWave> waves = new ArrayList<>();
        List<PlanLifecycle.Wave> described = new ArrayList<>();
        for (UpgradeWaveSpec w : spec.upgrades()) {
            TierPlant tp = tierNamed(plan, w.tierName());
            String from = tp.pmd().id();
            waves.add(new UpgradeWave(w.name(), w.day(), tp.index(), from, w.toPmdId(), w.crews(), feasibility,
                    costs(inputs, tp, w.toPmdId(), spec)));
            described.add(new PlanLifecycle.Wave(w.name(), w.day(), w.tierName(), from, w.toPmdId(),
                    linksOf(inputs, tp.index())));
        }
        LifecycleModel model = LifecycleModels.of(spec, scenario.cluster().gpusPerServer(), waves);
        LifecycleResult result = LifecycleSimulator.run(inputs.plant(), model,
                new LifecycleSettings(spec.replications(), spec.horizonDays(), seed, threads), replicationDone);
        return new PlanLifecycle(result, described, feasibility.readinessByTier(), inputs.plant().links().size(),
                (int) inputs.plant().links().stream().filter(PhysicalLink::designFault).count());
    }

    private static TierPlant tierNamed(CablingPlan plan, String name) {
        return plan.tiers().stream().filter(t -> t.tier().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plan " + plan.planName() + " has no tier " + name));
    }

    private static int linksOf(PlanLifecycleInputs inputs, int tierIndex) {
        int n = 0;
        for (PhysicalLink link : inputs.plant().links()) {
            if (link.tierIndex() == tierIndex) {
                n++;
            }
        }
        return n;
    }

    /** Per-link labour and money of converting a tier to {@code toPmd} (rules in the class comment). */
    static UpgradeCosts costs(PlanLifecycleInputs inputs, TierPlant tp, String toPmd, LifecycleSpec spec) {
        Catalog catalog = inputs.plan().catalog();
        int links = 0;
        double connections = 0;
        double cables = 0;
        for (PhysicalLink link : inputs.plant().links()) {
            if (link.tierIndex() != tp.index()) {
                continue;
            }
            links++;
            connections += link.connections().size();
            cables += link.componentIds().stream()
                    .filter(id -> id.startsWith("cord:") || id.startsWith("jumper:") || id.startsWith("assembly:"))
                    .count();
        }
        double matedPair = labourMinutes(catalog, "mated-pair");
        double cordRoute = labourMinutes(catalog, "cord-route");
        double test = spec.turnUp().testMinutes();
        double reuseMinutes = test + 2 * matedPair;
        double recableMinutes = links == 0 ? reuseMinutes
                : reuseMinutes + connections / links * matedPair + cables / links * cordRoute;
        // Two new modules per logical link, shared by its lifecycle links (one per installed MDI).
        double transceivers = 2 * price(catalog, "transceiver:" + toPmd) / tp.channelsPerLink();
        double passive = 0;
        for (BomLine line : inputs.plan().bom().lines()) {
            if (line.tierName().equals(tp.tier().name()) && PASSIVE.contains(line.category())) {
                passive += line.totalUsd();
            }
        }
        return new UpgradeCosts(reuseMinutes, recableMinutes, transceivers, links == 0 ? 0 : passive / links,
                price(catalog, "labour-rate"));
    }

    private static double labourMinutes(Catalog catalog, String id) {
        return catalog.findLabour(id).filter(l -> l.unit() == LabourUnit.EACH).map(l -> l.minutes()).orElse(0.0);
    }

    private static double price(Catalog catalog, String id) {
        return catalog.findPrice(id).filter(p -> p.unit() != PriceUnit.PER_METRE).map(p -> p.priceUsd()).orElse(0.0);
    }
}
