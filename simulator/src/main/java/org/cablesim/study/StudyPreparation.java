package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.plant.PlantConfigurationException;
import org.cablesim.plant.TierEnds;
import org.cablesim.plant.TierPlant;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Problem;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.SweepPoint;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierSpec;
import org.cablesim.topology.FabricGenerators;
import org.cablesim.topology.FabricGrowth;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.GrowthGenerator;
import org.cablesim.topology.LogicalFabric;

/**
 * The pipeline stages a scenario must pass before it can run, as input checks: every loss class of the catalog can
 * be modelled, every fabric tier's ends can be built, the fabric can be generated, and every plan's cabling can be resolved on each tier, for the scenario
 * and each sweep point. Failures are input problems with the field path.
 */
public final class StudyPreparation {
    private StudyPreparation() {
    }

    /**
     * Prepares a scenario and its sweep points.
     *
     * @param scenario the validated scenario
     * @param points   its sweep points, in file order
     * @return the prepared study
     * @throws InvalidInputException listing every problem, each with its field path
     */
    public static PreparedStudy prepare(Scenario scenario, List<SweepPoint> points) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        LossClassCheck.problems(scenario.catalog()).forEach((id, reason) ->
                problems.add(new Problem("catalog", "lossClasses." + id + " cannot be modelled: " + reason)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LogicalFabric fabric = generate(scenario, "", problems);
        if (fabric != null) {
            resolvePlans(scenario, fabric, "", problems);
        }
        List<SweepPoint> prepared = new ArrayList<>();
        for (SweepPoint point : points) {
            String where = "study.sweeps[" + point.sweepIndex() + "]: with " + point.parameter() + " = "
                    + point.valueText() + ": ";
            LogicalFabric pointFabric = generate(point.scenario(), where, problems);
            if (pointFabric != null) {
                resolvePlans(point.scenario(), pointFabric, where, problems);
                prepared.add(point);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
        return new PreparedStudy(scenario, fabric, prepared);
    }

    private static LogicalFabric generate(Scenario scenario, String where, List<Problem> problems) {
        if (!tierEndsResolve(scenario, where, problems)) {
            return null;
        }
        try {
            if (scenario.growth().grows()) {
                if (!scenario.lifecycle().upgrades().isEmpty()) {
                    problems.add(problem(where, "lifecycle.upgrades", "upgrade waves cannot be combined with growth"
                            + " phases in one scenario yet; study the upgrade and the growth as two scenarios"));
                    return null;
                }
                return growth(scenario).finalFabric();
            }
            return FabricGenerators.forTopology(scenario.fabric().topology())
                    .generate(scenario.cluster(), scenario.fabric(), scenario.floor());
        } catch (FabricInfeasibleException e) {
            problems.add(problem(where, e.path(), e.getMessage()));
            return null;
        } catch (GrowthInfeasible e) {
            problems.add(problem(where, e.getCause().path(), e.getCause().getMessage()));
            return null;
        }
    }

    /**
     * The phases of a growing scenario's fabric, or null when its cluster never grows. Deterministic, so the
     * runner regenerates what preparation checked.
     *
     * @throws GrowthInfeasible when a phase cannot be built (preparation reports it as an input problem)
     */
    static FabricGrowth growth(Scenario scenario) {
        if (!scenario.growth().grows()) {
            return null;
        }
        try {
            return GrowthGenerator.generate(scenario.cluster(), scenario.fabric(), scenario.floor(),
                    scenario.growth());
        } catch (FabricInfeasibleException e) {
            throw new GrowthInfeasible(e);
        }
    }

    /** A growth phase that cannot be built. */
    static final class GrowthInfeasible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GrowthInfeasible(FabricInfeasibleException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized FabricInfeasibleException getCause() {
            return (FabricInfeasibleException) super.getCause();
        }
    }

    /**
     * Whether every fabric tier's PMDs, breakout and harness can be built at both ends with default cabling (a
     * breakout no module of the PMD offers is the breakout's fault, not the PMD's).
     */
    private static boolean tierEndsResolve(Scenario scenario, String where, List<Problem> problems) {
        boolean ok = true;
        List<TierSpec> tiers = scenario.fabric().tiers();
        for (int i = 0; i < tiers.size(); i++) {
            TierSpec tier = tiers.get(i);
            try {
                TierEnds.resolve(tier, TierCabling.defaults(), scenario.catalog(), true);
            } catch (PlantConfigurationException e) {
                String field = e.field().isEmpty() || e.field().equals("pmd") && tier.breakout() != 1 ? "breakout"
                        : e.field();
                problems.add(problem(where, "fabric.tiers[" + i + "]." + field, e.getMessage()));
                ok = false;
            }
        }
        return ok;
    }

    /** Resolves every plan's cabling on the fabric's tiers, so impossible choices are input errors. */
    private static void resolvePlans(Scenario scenario, LogicalFabric fabric, String where, List<Problem> problems) {
        for (int i = 0; i < scenario.plans().size(); i++) {
            PlanSpec plan = scenario.plans().get(i);
            for (int t = 0; t < fabric.tiers().size(); t++) {
                TierSpec tier = fabric.tiers().get(t);
                try {
                    TierPlant.resolve(t, tier, plan.tier(tier.name()), scenario.catalog());
                } catch (PlantConfigurationException e) {
                    String path = e.tierName().equals("*") ? "catalog"
                            : "plans[" + i + "].tiers." + tier.name();
                    path = e.field().isEmpty() || path.equals("catalog") ? path : path + "." + e.field();
                    problems.add(problem(where, path, e.getMessage()));
                }
            }
        }
    }

    /** A problem at {@code path}, or, inside a sweep point, at the sweep with the point's path in the message. */
    private static Problem problem(String where, String path, String message) {
        return where.isEmpty() ? new Problem(path, message)
                : new Problem(where.substring(0, where.indexOf(':')), where.substring(where.indexOf(':') + 2)
                        + path + ": " + message);
    }
}
