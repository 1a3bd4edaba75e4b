package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.junit.jupiter.api.Test;

/** Racks and coordinates for small fabrics worked out by hand. */
class PlacementTest {

    private static final FabricSpec LEAF_SPINE = Fixtures.leafSpine(64, 400, 1.0, 0, Fixtures.tiers(400, 1, 1));

    /*
     * 64 servers, 4 per rack, 8 racks per row → rows 0 and 1 with 8 compute racks each. 16 leaves of 4 servers:
     * leaf l's median server 4l+1 is in row (4l+1)/32 → 8 leaves per row → 2 network racks of 4.
     * End of row: positions 8 and 9. Spines (8) → 2 racks in row 2, y = 2 × 2.4 + 3.0.
     */
    @Test
    void endOfRow() throws FabricInfeasibleException {
        FloorSpec floor = Fixtures.floor(8, 4, 4, LeafPlacement.END_OF_ROW);
        LogicalFabric fabric = new LeafSpineGenerator().generate(new ClusterSpec(64, 8, 8), LEAF_SPINE, floor);
        PlacementChecks.placementIsValid(fabric, floor);

        assertEquals(new RackLocation(0, 0, 0.0, 0.0), fabric.device("srv-0001").rack());
        assertEquals(new RackLocation(1, 7, 7 * 0.6, 2.4), fabric.device("srv-0064").rack());
        assertEquals(new RackLocation(0, 8, 8 * 0.6, 0.0), fabric.device("leaf-001").rack());
        assertEquals(new RackLocation(0, 9, 9 * 0.6, 0.0), fabric.device("leaf-008").rack());
        assertEquals(new RackLocation(1, 8, 8 * 0.6, 2.4), fabric.device("leaf-009").rack());
        assertEquals(new RackLocation(2, 1, 0.6, 2 * 2.4 + 3.0), fabric.device("spine-008").rack());
        assertEquals(16 + 4 + 2, fabric.racks().size());
    }

    /* Same fabric, middle of row: the first 4 compute racks, then the 2 network racks at 4, 5, then 6..9. */
    @Test
    void middleOfRow() throws FabricInfeasibleException {
        FloorSpec floor = Fixtures.floor(8, 4, 4, LeafPlacement.MIDDLE_OF_ROW);
        LogicalFabric fabric = new LeafSpineGenerator().generate(new ClusterSpec(64, 8, 8), LEAF_SPINE, floor);
        PlacementChecks.placementIsValid(fabric, floor);

        assertEquals(3, fabric.device("srv-0016").rack().position());
        assertEquals(6, fabric.device("srv-0017").rack().position());
        assertEquals(9, fabric.device("srv-0032").rack().position());
        assertEquals(List.of(4, 5), List.of(fabric.device("leaf-001").rack().position(),
                fabric.device("leaf-005").rack().position()));
    }

    /*
     * 2 SuperPOD SUs, 2 servers per rack, 10 racks per row: an SU is 16 racks → rows 0–1 (10 + 6 racks); the
     * second SU starts fresh on row 2. All 8 rail leaves of an SU serve all its servers; the median server
     * (16th) stands in rack 7 → row 0, so the SU's leaves stand at the end of row 0 (positions 10, 11).
     */
    @Test
    void railLeavesStandInTheirUnitsRows() throws FabricInfeasibleException {
        FloorSpec floor = Fixtures.floor(10, 2, 4, LeafPlacement.END_OF_ROW);
        FabricSpec spec = Fixtures.rail(64, 400, 1.0, 32, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = new RailOptimizedGenerator().generate(new ClusterSpec(64, 8, 8), spec, floor);
        PlacementChecks.placementIsValid(fabric, floor);

        assertEquals(new RackLocation(1, 5, 3.0, 2.4), fabric.device("su01-srv032").rack());
        assertEquals(2, fabric.device("su02-srv001").rack().row());
        assertEquals(List.of(0, 10), List.of(fabric.device("su01-leaf-rail1").rack().row(),
                fabric.device("su01-leaf-rail1").rack().position()));
        assertEquals(List.of(0, 11), List.of(fabric.device("su01-leaf-rail8").rack().row(),
                fabric.device("su01-leaf-rail8").rack().position()));
        assertEquals(2, fabric.device("su02-leaf-rail1").rack().row());
        assertEquals(4, fabric.device("spine-001").rack().row());
    }

    /* Cores start on a fresh network row after the spines. 16 SU: 128 spines, 4 per rack, 8 racks per row. */
    @Test
    void coreRowsFollowSpineRows() throws FabricInfeasibleException {
        LogicalFabric fabric = Fixtures.superPod(16);
        PlacementChecks.placementIsValid(fabric, Fixtures.FLOOR);
        // 16 SU × 8 racks = 16 compute rows; 128 spines = 32 racks = 4 rows (16..19); cores from row 20.
        assertEquals(16, fabric.device("spine-001").rack().row());
        assertEquals(19, fabric.device("spine-128").rack().row());
        assertEquals(20, fabric.device("core-001").rack().row());
    }
}
