package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;

/** Placement invariants shared by example tests and properties. */
final class PlacementChecks {
    private PlacementChecks() {
    }

    static void placementIsValid(LogicalFabric fabric, FloorSpec floor) {
        int devicesInRacks = 0;
        int maxComputeRow = -1;
        int minSpineRow = Integer.MAX_VALUE;
        int maxSpineRow = -1;
        int minCoreRow = Integer.MAX_VALUE;
        for (Map.Entry<RackLocation, List<Device>> e : fabric.racks().entrySet()) {
            RackLocation rack = e.getKey();
            List<Device> in = e.getValue();
            devicesInRacks += in.size();
            boolean servers = in.get(0).role() == DeviceRole.SERVER;
            assertTrue(in.stream().allMatch(d -> (d.role() == DeviceRole.SERVER) == servers),
                    () -> "servers and switches share " + rack);
            assertTrue(in.size() <= (servers ? floor.serversPerRack() : floor.switchesPerRack()),
                    () -> "over capacity: " + rack + " " + in.size());
            assertTrue(in.stream().map(Device::role).distinct().count() == 1, () -> "mixed roles in " + rack);
            assertEquals(rack.position() * floor.rackPitchM(), rack.xM(), 1e-9);
            DeviceRole role = in.get(0).role();
            boolean networkRow = role == DeviceRole.SPINE || role == DeviceRole.CORE;
            assertEquals(rack.row() * floor.rowPitchM() + (networkRow ? floor.networkRowGapM() : 0), rack.yM(), 1e-9);
            switch (role) {
                case SERVER, LEAF -> maxComputeRow = Math.max(maxComputeRow, rack.row());
                case SPINE -> {
                    minSpineRow = Math.min(minSpineRow, rack.row());
                    maxSpineRow = Math.max(maxSpineRow, rack.row());
                }
                case CORE -> minCoreRow = Math.min(minCoreRow, rack.row());
                default -> throw new AssertionError(role);
            }
        }
        assertEquals(fabric.devices().size(), devicesInRacks, "every device stands in exactly one rack");
        assertTrue(fabric.devices().stream().allMatch(d -> fabric.racks().get(d.rack()).contains(d)));
        assertTrue(minSpineRow > maxComputeRow, "spine rows follow the compute rows");
        assertTrue(minCoreRow > maxSpineRow, "core rows follow the spine rows");
        leavesSitAtTheConfiguredPlace(fabric, floor);
    }

    /** End of row: network racks right after the row's compute racks. Middle: after the first ⌈c/2⌉. */
    private static void leavesSitAtTheConfiguredPlace(LogicalFabric fabric, FloorSpec floor) {
        Map<Integer, int[]> computePositions = new HashMap<>();
        Map<Integer, int[]> leafPositions = new HashMap<>();
        for (Device d : fabric.devices()) {
            if (d.role() == DeviceRole.SERVER || d.role() == DeviceRole.LEAF) {
                Map<Integer, int[]> m = d.role() == DeviceRole.SERVER ? computePositions : leafPositions;
                int[] minMax = m.computeIfAbsent(d.rack().row(), r -> new int[] {Integer.MAX_VALUE, -1});
                minMax[0] = Math.min(minMax[0], d.rack().position());
                minMax[1] = Math.max(minMax[1], d.rack().position());
            }
        }
        for (Map.Entry<Integer, int[]> e : leafPositions.entrySet()) {
            int row = e.getKey();
            int[] leaves = e.getValue();
            int[] compute = computePositions.get(row);
            assertTrue(compute != null, () -> "leaf row " + row + " has no servers");
            long computeRacks = fabric.racks().keySet().stream().filter(r -> r.row() == row)
                    .filter(r -> fabric.racks().get(r).get(0).role() == DeviceRole.SERVER).count();
            assertTrue(computeRacks <= floor.racksPerRow());
            int netRacks = leaves[1] - leaves[0] + 1;
            assertEquals(computeRacks + netRacks, Math.max(compute[1], leaves[1]) + 1,
                    "row " + row + " has no gaps");
            if (floor.leafPlacement() == LeafPlacement.END_OF_ROW) {
                assertEquals(computeRacks, leaves[0], "row " + row + ": leaves right after the compute racks");
            } else {
                assertEquals((computeRacks + 1) / 2, leaves[0], "row " + row + ": leaves in the middle");
            }
        }
    }
}
