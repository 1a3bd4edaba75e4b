package org.cablesim.plant;

import org.cablesim.catalog.Catalog;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.topology.LogicalFabric;

/** Turns a logical fabric into a physical plant: panels, trunks, cords and one routed channel per link MDI. */
public interface CablingRouter {
    /**
     * Routes every link of {@code fabric} under {@code plan}. Deterministic: equal inputs give equal plans.
     *
     * @throws PlantConfigurationException when a tier's cabling choices cannot be built at all
     */
    CablingPlan route(LogicalFabric fabric, FloorSpec floor, Catalog catalog, PlanSpec plan);
}
