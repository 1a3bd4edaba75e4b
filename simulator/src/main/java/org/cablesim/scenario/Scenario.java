package org.cablesim.scenario;

import java.util.List;
import java.util.Objects;
import org.cablesim.catalog.Catalog;

/**
 * A validated scenario with its catalog references resolved.
 *
 * @param name        scenario name, used for the default output directory; [A-Za-z0-9._-]+
 * @param description free text, may be empty
 * @param run         run-wide settings (seed)
 * @param cluster     the compute side
 * @param fabric      the logical fabric to generate
 * @param floor       the floor plan
 * @param catalog     the effective catalog: built-in defaults, then user files, then inline overrides
 * @param plans       cabling plan variants, at least one, unique names
 * @param montecarlo  installation-loss estimate settings
 * @param lifecycle   lifecycle simulation settings
 * @param study       comparison settings; its baseline names one of {@code plans}
 * @param growth      how the cluster grows after its initial turn-up: each phase larger than {@code cluster} and
 *                    the one before, and starting before the lifecycle horizon; {@link GrowthSpec#NONE} for none
 */
public record Scenario(
        String name,
        String description,
        RunSettings run,
        ClusterSpec cluster,
        FabricSpec fabric,
        FloorSpec floor,
        Catalog catalog,
        List<PlanSpec> plans,
        MonteCarloSpec montecarlo,
        LifecycleSpec lifecycle,
        StudySpec study,
        GrowthSpec growth) {
    public Scenario {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("scenario name must match [A-Za-z0-9._-]+, was " + name);
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(fabric, "fabric");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(catalog, "catalog");
        plans = List.copyOf(plans);
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a scenario has at least one plan");
        }
        if (plans.stream().map(PlanSpec::name).distinct().count() != plans.size()) {
            throw new IllegalArgumentException("plan names must be unique");
        }
        Objects.requireNonNull(montecarlo, "montecarlo");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(study, "study");
        if (plans.stream().noneMatch(plan -> plan.name().equals(study.baselinePlan()))) {
            throw new IllegalArgumentException("study baseline '" + study.baselinePlan() + "' is not a plan");
        }
        Objects.requireNonNull(growth, "growth");
        for (GrowthPhaseSpec phase : growth.phases()) {
            if (phase.servers() <= cluster.servers()) {
                throw new IllegalArgumentException("growth phase " + phase.name() + " must be larger than the"
                        + " cluster's " + cluster.servers() + " servers");
            }
            if (!(phase.day() < lifecycle.horizonDays())) {
                throw new IllegalArgumentException("growth phase " + phase.name() + " must start before the"
                        + " lifecycle horizon");
            }
        }
    }

    /** A scenario whose cluster never grows. */
    public Scenario(String name, String description, RunSettings run, ClusterSpec cluster, FabricSpec fabric,
            FloorSpec floor, Catalog catalog, List<PlanSpec> plans, MonteCarloSpec montecarlo,
            LifecycleSpec lifecycle, StudySpec study) {
        this(name, description, run, cluster, fabric, floor, catalog, plans, montecarlo, lifecycle, study,
                GrowthSpec.NONE);
    }

    /**
     * This scenario reduced to the plan named {@code planName}, which becomes the baseline.
     *
     * @throws IllegalArgumentException when no plan has that name
     */
    public Scenario withOnlyPlan(String planName) {
        PlanSpec plan = plans.stream().filter(p -> p.name().equals(planName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown plan '" + planName + "' (plans: "
                        + String.join(", ", plans.stream().map(PlanSpec::name).toList()) + ")"));
        return new Scenario(name, description, run, cluster, fabric, floor, catalog, List.of(plan), montecarlo,
                lifecycle, new StudySpec(planName), growth);
    }
}
