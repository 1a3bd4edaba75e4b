package org.cablesim.topology;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.GrowthSpec;

/**
 * Builds a growing fabric phase by phase with stable identities. Each phase is first designed at its size by the
 * ordinary generator of the topology family; the design is then reconciled with the phase before by these rules:
 * <ul>
 *   <li><b>Devices</b> are matched by what they are, not by their index: servers and leaves by their id (scalable
 *       unit, rail, number; zero padding ignored), a spine by (pod, position in the pod), a core by (core group,
 *       position in the group). A device keeps the name and rack it got when it first appeared. A new server or
 *       leaf takes its design id; a new spine or core takes the next unused number of its role, in design order.
 *       A phase may not drop a device of the phase before.</li>
 *   <li><b>Racks</b> come from the hall plan of the last phase: every device stands from day one where the last
 *       phase's floor plan puts it, so growing never moves a rack and pathways and route lengths never change.</li>
 *   <li><b>Links</b> are matched by their lower end (tier, lower device, the lower port as designed, lane). A link
 *       whose upper device is the same keeps its id and both ports; one whose upper device changes is
 *       <em>moved</em>: it keeps its id and lower port and gets the new upper end; a design link with no match
 *       is new and takes the next unused id {@code L…}. Links of the phase before come first, in their order,
 *       then the new ones in design order.</li>
 *   <li><b>Ports</b> on a new device are the design's. On a device that already exists, ports used by kept links
 *       stay; every other designed port keeps its number if that port is free and otherwise takes the lowest free
 *       port, in ascending order of designed port (the lanes of one designed port stay together).</li>
 * </ul>
 */
public final class GrowthGenerator {
    /** Name of the phase at the initial size. */
    public static final String INITIAL = "initial";

    private GrowthGenerator() {
    }

    /**
     * Builds every phase.
     *
     * @param cluster the initial cluster (day 0)
     * @param fabric  the fabric spec; it must list every tier the largest phase needs
     * @param floor   the floor plan
     * @param growth  the growth phases
     * @return the initial phase followed by one phase per growth phase
     * @throws FabricInfeasibleException when a phase cannot be built or would drop a device
     */
    public static FabricGrowth generate(ClusterSpec cluster, FabricSpec fabric, FloorSpec floor, GrowthSpec growth)
            throws FabricInfeasibleException {
        FabricGenerator generator = FabricGenerators.forTopology(fabric.topology());
        List<LogicalFabric> designs = new ArrayList<>();
        designs.add(generator.generate(cluster, fabric, floor));
        List<GrowthPhaseSpec> phases = growth.phases();
        for (int i = 0; i < phases.size(); i++) {
            GrowthPhaseSpec phase = phases.get(i);
            try {
                designs.add(generator.generate(cluster.withServers(phase.servers()), fabric, floor));
            } catch (FabricInfeasibleException e) {
                String path = e.path().startsWith("cluster") ? "growth.phases[" + i + "].servers" : e.path();
                throw new FabricInfeasibleException(path, "growth phase " + phase.name() + " (" + phase.servers()
                        + " servers): " + e.getMessage());
            }
        }
        List<String> names = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        List<Integer> crews = new ArrayList<>();
        names.add(INITIAL);
        days.add(0.0);
        crews.add(1);
        for (GrowthPhaseSpec phase : phases) {
            names.add(phase.name());
            days.add(phase.day());
            crews.add(phase.crews());
        }
        return new PhaseReconciler(designs, names).reconcile(days, crews);
    }
}
