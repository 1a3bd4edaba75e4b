package org.cablesim.plant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cablesim.catalog.Catalog;
import org.cablesim.io.CatalogReader;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.CassetteChoice;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.CordChoice;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.scenario.TrunkChoice;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RailOptimizedGenerator;

/** Small fabrics and plans for the plant tests. */
final class PlantFixtures {
    static final Catalog CATALOG = CatalogReader.builtIn();

    private PlantFixtures() {
    }

    static FloorSpec floor(int serversPerRack) {
        return new FloorSpec(0.6, 3.0, 8, serversPerRack, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0);
    }

    /**
     * One scalable unit of 24 servers × 8 NICs, 3 servers per rack, 64-port switches, both tiers {@code pmd}:
     * 192 server–leaf links (8 server racks × 24 links to the one leaf rack) and 192 leaf–spine links (8 leaves
     * × 24 up ports to 3 spines, all from the leaf rack to the one spine rack).
     */
    static LogicalFabric unit24(String pmd, int linkGbps) {
        return rail(24, 24, pmd, linkGbps, 1);
    }

    static LogicalFabric rail(int servers, int serversPerUnit, String pmd, int linkGbps, int breakout) {
        return rail(servers, serversPerUnit, pmd, linkGbps, breakout, floor(3));
    }

    static LogicalFabric rail(int servers, int serversPerUnit, String pmd, int linkGbps, int breakout,
            FloorSpec floor) {
        List<TierSpec> tiers = List.of(
                new TierSpec("server-leaf", TierRole.SERVER_LEAF, pmd, linkGbps, breakout),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, pmd, linkGbps, breakout));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, linkGbps * breakout, 1.0, serversPerUnit, 0,
                tiers);
        try {
            return new RailOptimizedGenerator().generate(new ClusterSpec(servers, 8, 8), spec, floor);
        } catch (FabricInfeasibleException e) {
            throw new IllegalStateException(e);
        }
    }

    static CablingPlan route(LogicalFabric fabric, PlanSpec plan) {
        return new ShortestTrayRouter().route(fabric, floor(3), CATALOG, plan);
    }

    /** The same cabling on every tier. */
    static PlanSpec plan(String name, TierCabling cabling) {
        return new PlanSpec(name, "", Map.of("server-leaf", cabling, "leaf-spine", cabling), CapacityPolicy.ADD);
    }

    static TierCabling interconnect(PolarityMethod method) {
        return TierCabling.defaults().withMethod(method);
    }

    static TrunkChoice trunk(String connector, int legs, PolarityType type, boolean legsReversed) {
        return new TrunkChoice(Optional.of(connector), OptionalInt.of(legs), Optional.of(type), legsReversed,
                Optional.empty(), Optional.empty(), 1);
    }

    static CordChoice cord(PolarityType type) {
        return new CordChoice(Optional.of(type), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static Optional<CassetteChoice> cassette(String id) {
        return Optional.of(new CassetteChoice(id, Optional.empty()));
    }

    static Optional<AdapterKeying> adapter(AdapterKeying type) {
        return Optional.of(type);
    }

    static Architecture[] architectures() {
        return Architecture.optical().toArray(Architecture[]::new);
    }
}
