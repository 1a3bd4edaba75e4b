package org.cablesim.study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan's results as every output shows them: fabric counts, plant figures, and the installation-loss and
 * lifecycle figures when those stages ran (summary.json {@code plans[]}).
 *
 * @param name        plan name
 * @param description the plan's description from the scenario, may be empty
 * @param fabric      counts of the logical fabric
 * @param plant       plant counts, checks and bill of materials
 * @param loss        installation-loss figures, or null when the stage did not run
 * @param lifecycle   lifecycle figures, or null when the stage did not run
 * @param growth      the plan over a growing cluster's phases and its horizon cost, or null when the cluster never
 *                    grows
 */
public record PlanFigures(String name, String description, FabricSummary fabric, PlantSummary plant,
        LossFigures loss, LifecycleFigures lifecycle, PlanGrowth growth) {
    public PlanFigures {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(fabric, "fabric");
        Objects.requireNonNull(plant, "plant");
    }

    /** The figures of a plan of a cluster that never grows. */
    public PlanFigures(String name, String description, FabricSummary fabric, PlantSummary plant, LossFigures loss,
            LifecycleFigures lifecycle) {
        this(name, description, fabric, plant, loss, lifecycle, null);
    }

    /**
     * The cost the recommendation weighs: the bill of materials plus the scenario's upgrade waves, or for a growing
     * cluster (which has no upgrade waves) the horizon cost of
     * growing with the plan (every phase's material and labour, idle pre-installed plant, disruption), USD.
     */
    public double decisionCostUsd() {
        if (growth != null) {
            return growth.totalUsd().mean();
        }
        return plant.costTotalUsd() + upgradeCostUsd();
    }

    /** What the scenario's upgrade waves cost this plan (optics, cabling, labour; mean), USD; 0 without waves. */
    public double upgradeCostUsd() {
        return lifecycle == null ? 0 : lifecycle.upgradeCostUsd();
    }

    /** The figures of a plan's results. */
    public static PlanFigures of(PlanResult plan) {
        return new PlanFigures(plan.name(), plan.description(), plan.fabric(), plan.plant(),
                plan.loss() == null ? null : LossFigures.of(plan.loss()),
                plan.lifecycle() == null ? null : LifecycleFigures.of(plan.lifecycle()), plan.growth());
    }

    /** The loss figures, if the stage ran. */
    public Optional<LossFigures> lossFigures() {
        return Optional.ofNullable(loss);
    }

    /** The lifecycle figures, if the stage ran. */
    public Optional<LifecycleFigures> lifecycleFigures() {
        return Optional.ofNullable(lifecycle);
    }

    /** PMDs some tier can move to without re-cabling, sorted; empty without a lifecycle stage. */
    public List<String> upgradeReadiness() {
        return lifecycle == null ? List.of() : lifecycle.upgradeReadiness();
    }

    /**
     * The plan's value of {@code metric} with its 95 % interval (exact for counts and money); empty when the stage
     * that estimates it did not run or the value is undefined (not finite).
     */
    public Optional<Figure> metric(Metric metric) {
        Figure f = switch (metric) {
            case FIBRES_INSTALLED -> Figure.exact(plant.fibresInstalled());
            case FIBRES_LIT -> Figure.exact(plant.fibresLit());
            case FIBRES_DARK -> Figure.exact(plant.fibresDark());
            case DARK_FRACTION -> Figure.exact(plant.darkFraction());
            case TRUNKS -> Figure.exact(plant.trunks());
            case MPO_CONNECTORS -> Figure.exact(plant.mpoConnectors());
            case CASSETTES -> Figure.exact(plant.cassettes());
            case PANELS -> Figure.exact(plant.panels());
            case CHECK_VIOLATIONS -> Figure.exact(plant.violations());
            case COST_USD -> Figure.exact(plant.costTotalUsd());
            case LINK_FAILURE_PROBABILITY -> loss == null ? null : loss.linkFailureProbability();
            case EXPECTED_FAILING_LINKS -> loss == null ? null : loss.expectedFailingLinks();
            case MARGIN_P1_DB -> loss == null ? null : Figure.withoutInterval(loss.marginDb().p1Db());
            case MARGIN_P50_DB -> loss == null ? null : Figure.withoutInterval(loss.marginDb().p50Db());
            case TURN_UP_DAYS -> lifecycle == null ? null : Figure.of(lifecycle.turnUp().daysToFullFabric());
            case AVAILABILITY -> lifecycle == null ? null
                    : new Figure(lifecycle.availability().mean(), lifecycle.availability().ci95());
            case JOB_INTERRUPTIONS_PER_YEAR -> lifecycle == null ? null : Figure.of(lifecycle.jobInterruptionsPerYear());
            case LOST_GPU_HOURS_PER_YEAR -> lifecycle == null ? null : Figure.of(lifecycle.lostGpuHoursPerYear());
            // without upgrade waves there is no upgrade path to rank: no row of zeros
            case UPGRADE_COST_USD -> lifecycle == null || lifecycle.upgrades().isEmpty() ? null
                    : Figure.withoutInterval(lifecycle.upgradeCostUsd());
            case LINKS_RECABLED -> lifecycle == null || lifecycle.upgrades().isEmpty() ? null
                    : Figure.exact(lifecycle.linksRecabled());
            case GROWTH_CAPEX_USD -> growth == null ? null : Figure.exact(growth.capexUsd());
            case STRANDED_COST_USD -> growth == null ? null : Figure.exact(growth.strandedCostUsd());
            case GROWTH_LINKS_RECABLED -> growth == null ? null : Figure.exact(growth.linksReCabled());
            case EXPANSION_DISRUPTION_GPU_HOURS -> growth == null || lifecycle == null ? null
                    : Figure.of(growth.disruptionGpuHours());
            case HORIZON_COST_USD -> growth == null ? null : Figure.of(growth.totalUsd());
        };
        return f == null || !Double.isFinite(f.value()) ? Optional.empty() : Optional.of(f);
    }
}
