package org.cablesim.study;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.lifecycle.Availability;
import org.cablesim.lifecycle.FailureCause;
import org.cablesim.lifecycle.TurnUpResult;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.plant.BomLine;
import org.cablesim.polarity.CheckKind;
import org.cablesim.stats.Estimate;
import org.cablesim.stats.Interval;

/**
 * Hand-made study results for tests of the decision and of the outputs: a plan of 1,000 links on two tiers with
 * every figure set to a plain default that a test overrides where it matters.
 */
public final class TestFigures {
    /** Links of every hand-made plan. */
    public static final int LINKS = 1000;

    private TestFigures() {
    }

    /** A plan with default figures, loss and lifecycle stages included. */
    public static Builder plan(String name) {
        return new Builder(name);
    }

    /** An estimate over 4 replications with the given interval. */
    public static Estimate estimate(double mean, double low, double high) {
        return new Estimate(mean, new Interval(low, high), (high - low) / (2 * 3.182), 4);
    }

    /** A summary of the given plans, the first the baseline, with the study's decision. */
    public static StudySummary summary(List<PlanFigures> plans, List<PlanDifference> differences, List<Sweep> sweeps) {
        String baseline = plans.get(0).name();
        Comparison comparison = new Comparison(baseline, differences,
                CheapestUndominatedRule.decide(plans, baseline, differences), java.util.Optional.empty());
        return new StudySummary("hand-made", 7, new Provenance("test", "0".repeat(64), Map.of(), "test-rng"), plans,
                comparison, sweeps);
    }

    /** Builds one plan's figures. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private double costUsd = 1_000_000;
        private final Map<CheckKind, Integer> violations = new EnumMap<>(CheckKind.class);
        private int brokenByDesign;
        private long fibresInstalled = 24_000;
        private long fibresLit = 16_000;
        private int cassettes;
        private boolean loss = true;
        private Figure expectedFailing = Figure.exact(0.001);
        private boolean lifecycle = true;
        private Estimate availability = estimate(0.99999, 0.99998, 1.0);
        private Estimate jobs = estimate(10, 8, 12);
        private final List<String> readiness = new ArrayList<>(List.of("400GBASE-DR4"));
        private double upgradeCostUsd = 250_000;

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String text) {
            description = text;
            return this;
        }

        public Builder cost(double usd) {
            costUsd = usd;
            return this;
        }

        public Builder violations(CheckKind kind, int count, int linksBrokenByDesign) {
            violations.put(kind, count);
            brokenByDesign = linksBrokenByDesign;
            return this;
        }

        public Builder fibres(long installed, long lit) {
            fibresInstalled = installed;
            fibresLit = lit;
            return this;
        }

        public Builder cassettes(int count) {
            cassettes = count;
            return this;
        }

        /** Expected links failing installation by loss, with its 95 % interval. */
        public Builder failingLinks(double expected, double low, double high) {
            expectedFailing = new Figure(expected, new Interval(low, high));
            return this;
        }

        public Builder availability(double mean, double low, double high) {
            availability = estimate(mean, low, high);
            return this;
        }

        public Builder jobInterruptions(double mean, double low, double high) {
            jobs = estimate(mean, low, high);
            return this;
        }

        public Builder readiness(String... pmds) {
            readiness.clear();
            readiness.addAll(List.of(pmds));
            return this;
        }

        /** The cost of the plan's one upgrade wave, USD; 0 for a study without upgrade waves. */
        public Builder upgradeCost(double usd) {
            upgradeCostUsd = usd;
            return this;
        }

        public Builder noLoss() {
            loss = false;
            return this;
        }

        public Builder noLifecycle() {
            lifecycle = false;
            return this;
        }

        public PlanFigures build() {
            Map<String, Integer> links = new LinkedHashMap<>();
            links.put("server-leaf", LINKS / 2);
            links.put("leaf-spine", LINKS / 2);
            FabricSummary fabric = new FabricSummary(4096, 512, 64, 32, 0, links);
            Map<CheckKind, Integer> byKind = new EnumMap<>(CheckKind.class);
            for (CheckKind k : CheckKind.values()) {
                byKind.put(k, violations.getOrDefault(k, 0));
            }
            int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
            Map<BomLine.Category, Double> byCategory = new EnumMap<>(BomLine.Category.class);
            for (BomLine.Category c : BomLine.Category.values()) {
                byCategory.put(c, 0.0);
            }
            byCategory.put(BomLine.Category.TRANSCEIVERS, costUsd * 0.75);
            byCategory.put(BomLine.Category.TRUNKS, costUsd * 0.25);
            Map<String, Double> byTier = new LinkedHashMap<>();
            byTier.put("server-leaf", costUsd / 2);
            byTier.put("leaf-spine", costUsd / 2);
            PlantSummary plant = new PlantSummary(fibresInstalled, fibresLit, 100, 2 * LINKS, 0, 0, 4 * LINKS,
                    2 * LINKS, cassettes, 40, 40, 2, 2.0, 2, LINKS, total, byKind, costUsd, byCategory, byTier,
                    new TreeMap<>(Map.of("400GBASE-DR4", 2 * LINKS)), new TreeMap<>(Map.of(2, LINKS)), Map.of(), 0, 0,
                    Map.of(), Map.of(), 0, 0, List.of(), new org.cablesim.plant.Bom(List.of()));
            return new PlanFigures(name, description, fabric, plant, loss ? loss() : null,
                    lifecycle ? lifecycle() : null);
        }

        private LossFigures loss() {
            Figure p = expectedFailing.times(1.0 / LINKS);
            Map<String, LossFigures.Tier> byTier = new TreeMap<>();
            byTier.put("leaf-spine", new LossFigures.Tier(LINKS / 2, p, expectedFailing.times(0.5), 0.0));
            byTier.put("server-leaf", new LossFigures.Tier(LINKS / 2, p, expectedFailing.times(0.5), 0.0));
            List<MarginMixture.Point> cdf = List.of(new MarginMixture.Point(-0.1, 0.0),
                    new MarginMixture.Point(1.0, 0.3), new MarginMixture.Point(2.0, 1.0));
            return new LossFigures("exact", "auto", 3000, 1000, LINKS - brokenByDesign, 3, Map.of("exact", 3), p,
                    expectedFailing, brokenByDesign, Math.min(1, expectedFailing.value()),
                    new LossFigures.Margins(0.5, 0.8, 1.5), byTier, cdf,
                    List.of(new LossFigures.LinkGroupLoss("leaf-spine/s1/r0", "leaf-spine", LINKS / 2, "L000501", p,
                            expectedFailing.value() / 2, "exact", 0.5)), Map.of());
        }

        private LifecycleFigures lifecycle() {
            Estimate zero = estimate(0, 0, 0);
            TurnUpResult turnUp = new TurnUpResult(estimate(0.98, 0.97, 0.99), estimate(20, 15, 25), zero,
                    estimate(brokenByDesign, brokenByDesign, brokenByDesign), estimate(100, 90, 110),
                    estimate(0.5, 0.4, 0.6));
            Map<String, Estimate> tiers = new LinkedHashMap<>();
            tiers.put("server-leaf", availability);
            tiers.put("leaf-spine", availability);
            Map<FailureCause, Estimate> failures = new EnumMap<>(FailureCause.class);
            for (FailureCause c : FailureCause.values()) {
                failures.put(c, estimate(1, 0.5, 1.5));
            }
            List<LifecycleFigures.TimelinePoint> timeline = new ArrayList<>();
            for (int day = 0; day < 10; day++) {
                timeline.add(new LifecycleFigures.TimelinePoint(day, 1 + day % 3, 0.5, 0.999 - 0.0001 * (day % 2)));
            }
            LifecycleFigures.Wave wave = new LifecycleFigures.Wave("leaf-spine-1.6T", 5, "leaf-spine", "800G-2xDR4",
                    "1.6T-DR8", LINKS / 4, LINKS / 4, estimate(0.5, 0.5, 0.5), estimate(100, 90, 110),
                    estimate(100, 90, 110), estimate(upgradeCostUsd, upgradeCostUsd, upgradeCostUsd),
                    estimate(2, 1.5, 2.5));
            Map<String, List<String>> ready = new LinkedHashMap<>();
            ready.put("server-leaf", List.copyOf(readiness));
            ready.put("leaf-spine", List.of());
            return new LifecycleFigures(4, 10, LINKS, brokenByDesign, turnUp,
                    new Availability(availability.mean(), availability.ci95(), tiers), estimate(50, 40, 60), failures,
                    jobs, estimate(jobs.mean() * 100, jobs.ci95().low() * 100, jobs.ci95().high() * 100),
                    estimate(0.1, 0.05, 0.15), timeline, upgradeCostUsd > 0 ? List.of(wave) : List.of(), ready);
        }
    }
}
