package org.cablesim.study;

import java.util.Objects;
import org.cablesim.plant.CablingPlan;

/**
 * Everything computed for one cabling plan variant; later stages add their sections beside {@code fabric} and
 * {@code plant}.
 *
 * @param name      plan name
 * @param description the plan's description from the scenario, may be empty
 * @param fabric    counts of the logical fabric the plan cables
 * @param plant     the plant's headline figures
 * @param cabling   the routed plant itself (channels, cables, pathways), for the detailed result files
 * @param loss      the installation-loss estimate, or null when it was not run
 * @param lifecycle the lifecycle simulation's outcome, or null when it was not run
 * @param growth    the plan over a growing cluster's phases, or null when the cluster never grows (when it grows,
 *                  {@code fabric}, {@code plant} and {@code cabling} are the last phase's and the lifecycle runs
 *                  over every phase)
 */
public record PlanResult(String name, String description, FabricSummary fabric, PlantSummary plant, CablingPlan cabling,
        PlanLoss loss, PlanLifecycle lifecycle, PlanGrowth growth) {
    public PlanResult {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(fabric, "fabric");
        Objects.requireNonNull(plant, "plant");
        Objects.requireNonNull(cabling, "cabling");
    }

    /** The result of a plan of a cluster that never grows. */
    public PlanResult(String name, String description, FabricSummary fabric, PlantSummary plant, CablingPlan cabling,
            PlanLoss loss, PlanLifecycle lifecycle) {
        this(name, description, fabric, plant, cabling, loss, lifecycle, null);
    }
}
