package org.cablesim.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cablesim.catalog.Catalog;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.LinkLoss;
import org.cablesim.study.PlanLoss;
import org.cablesim.study.PlanLossEstimator;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.LogicalLink;

/**
 * The re-forecast of the links not yet tested: the plan's loss estimate with the catalog as it was (prior) and with
 * the posterior classes laid over it, exactly as the next run with the overlay file computes it (same routing, same
 * loss engine, same seed).
 *
 * @param links          one entry per untested cabled link, in link order
 * @param byTier         per tier: {untested links, expected failing (prior), expected failing (posterior),
 *                       P(any fails) prior, P(any fails) posterior}
 * @param priorExpected  expected failing untested links under the prior classes
 * @param posteriorExpected expected failing untested links under the posterior classes
 */
public record AsBuiltForecast(List<LinkForecast> links, Map<String, double[]> byTier, double priorExpected,
        double posteriorExpected) {
    /**
     * One untested link.
     *
     * @param linkId         link id
     * @param tier           tier name
     * @param priorPFail     P(it fails at installation) with the catalog's classes (1 when broken by design)
     * @param posteriorPFail the same with the posterior classes
     */
    public record LinkForecast(String linkId, String tier, double priorPFail, double posteriorPFail) {
    }

    public AsBuiltForecast {
        links = List.copyOf(links);
        byTier = Map.copyOf(byTier);
    }

    /**
     * @param scenario the scenario
     * @param fabric   its fabric
     * @param plan     the plan
     * @param overlay  the posterior classes
     * @param tested   links with results
     * @param seed     the run's seed
     * @param threads  loss-engine threads (results do not depend on them)
     */
    public static AsBuiltForecast of(Scenario scenario, LogicalFabric fabric, PlanSpec plan, Catalog overlay,
            Set<String> tested, long seed, int threads) {
        PlanLoss prior = loss(scenario, fabric, plan, scenario.catalog(), seed, threads);
        PlanLoss posterior = loss(scenario, fabric, plan, scenario.catalog().merge(overlay), seed, threads);
        CablingPlan routed = new ShortestTrayRouter().route(fabric, scenario.floor(), scenario.catalog(), plan);
        List<LinkForecast> out = new ArrayList<>();
        Map<String, double[]> byTier = new TreeMap<>();
        double e0 = 0;
        double e1 = 0;
        for (int l = 0; l < fabric.links().size(); l++) {
            LogicalLink link = fabric.links().get(l);
            if (tested.contains(link.id()) || !routed.isRouted(l)) {
                continue;
            }
            boolean broken = routed.isBrokenByDesign(l);
            double p0 = broken ? 1 : prior.link(l).map(LinkLoss::failProbability).orElse(Double.NaN);
            double p1 = broken ? 1 : posterior.link(l).map(LinkLoss::failProbability).orElse(Double.NaN);
            if (Double.isNaN(p0) || Double.isNaN(p1)) {
                continue;
            }
            out.add(new LinkForecast(link.id(), link.tierName(), p0, p1));
            double[] t = byTier.computeIfAbsent(link.tierName(), k -> new double[] {0, 0, 0, 0, 0});
            t[0]++;
            t[1] += p0;
            t[2] += p1;
            t[3] += Math.log1p(-Math.min(p0, 1 - 1e-300));
            t[4] += Math.log1p(-Math.min(p1, 1 - 1e-300));
            e0 += p0;
            e1 += p1;
        }
        byTier.values().forEach(t -> {
            t[3] = -Math.expm1(t[3]);
            t[4] = -Math.expm1(t[4]);
        });
        return new AsBuiltForecast(out, byTier, e0, e1);
    }

    private static PlanLoss loss(Scenario scenario, LogicalFabric fabric, PlanSpec plan, Catalog catalog, long seed,
            int threads) {
        CablingPlan routed = new ShortestTrayRouter().route(fabric, scenario.floor(), catalog, plan);
        return new PlanLossEstimator(scenario.montecarlo(), threads).estimate(routed, seed);
    }
}
