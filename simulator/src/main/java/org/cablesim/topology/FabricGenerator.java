package org.cablesim.topology;

import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;

/** Builds the logical fabric of one topology family; deterministic: equal inputs give equal fabrics. */
public interface FabricGenerator {
    /**
     * Generates the fabric. {@code fabric.topology} is not consulted; {@link FabricGenerators} uses it to pick
     * the generator.
     *
     * @throws FabricInfeasibleException when no fabric of this family meets the specs
     */
    LogicalFabric generate(ClusterSpec cluster, FabricSpec fabric, FloorSpec floor) throws FabricInfeasibleException;
}
