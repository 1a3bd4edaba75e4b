package org.cablesim.topology;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;

/**
 * Puts every device in a rack. Servers fill compute racks ({@code serversPerRack} each) and rows
 * ({@code racksPerRow} compute racks each), every placement block on a fresh row. A leaf stands in the row of
 * the median server it serves, in network racks of {@code switchesPerRack} after the row's last compute rack
 * (end of row) or after its first ⌈c/2⌉ compute racks (middle of row, pushing the rest along). Spines and then
 * cores fill dedicated network rows of {@code racksPerRow} racks after the compute rows, the cores starting on
 * a fresh row; network rows sit {@code networkRowGapM} further away, their racks every
 * {@link org.cablesim.scenario.RackSpec#networkRackStride()} positions (room for the patching racks reserved beside
 * each).
 */
final class FloorPlanner {
    private final FloorSpec floor;
    private final Map<Long, RackLocation> racks = new HashMap<>();

    private FloorPlanner(FloorSpec floor) {
        this.floor = floor;
    }

    /** Racks of every device by role, indexed like the devices of that role. */
    record Placement(RackLocation[] servers, RackLocation[] leaves, RackLocation[] spines, RackLocation[] cores) {
    }

    static Placement place(FloorSpec floor, int[] blockSizes, int[] leafAnchorServer, int spines, int cores) {
        return new FloorPlanner(floor).placeAll(blockSizes, leafAnchorServer, spines, cores);
    }

    private Placement placeAll(int[] blockSizes, int[] leafAnchorServer, int spines, int cores) {
        int servers = Arrays.stream(blockSizes).sum();
        int[] serverRow = new int[servers];
        int[] serverRackInRow = new int[servers];
        int rows = 0;
        int s = 0;
        for (int block : blockSizes) {
            int blockRows = 0;
            for (int i = 0; i < block; i++, s++) {
                int rack = i / floor.serversPerRack();
                serverRow[s] = rows + rack / floor.racksPerRow();
                serverRackInRow[s] = rack % floor.racksPerRow();
                blockRows = serverRow[s] - rows + 1;
            }
            rows += blockRows;
        }
        int[] computeRacks = new int[rows];
        for (int i = 0; i < servers; i++) {
            computeRacks[serverRow[i]] = Math.max(computeRacks[serverRow[i]], serverRackInRow[i] + 1);
        }

        int leaves = leafAnchorServer.length;
        int[] leafRow = new int[leaves];
        int[] leafNetRack = new int[leaves];
        int[] leavesInRow = new int[rows];
        for (int l = 0; l < leaves; l++) {
            leafRow[l] = serverRow[leafAnchorServer[l]];
            leafNetRack[l] = leavesInRow[leafRow[l]]++ / floor.switchesPerRack();
        }
        int[] netRacks = new int[rows];
        for (int r = 0; r < rows; r++) {
            netRacks[r] = (leavesInRow[r] + floor.switchesPerRack() - 1) / floor.switchesPerRack();
        }

        RackLocation[] serverRacks = new RackLocation[servers];
        for (int i = 0; i < servers; i++) {
            int r = serverRow[i];
            serverRacks[i] = rack(r, computePosition(serverRackInRow[i], computeRacks[r], netRacks[r]), false);
        }
        RackLocation[] leafRacks = new RackLocation[leaves];
        for (int l = 0; l < leaves; l++) {
            int r = leafRow[l];
            leafRacks[l] = rack(r, networkPosition(leafNetRack[l], computeRacks[r]), false);
        }
        RackLocation[] spineRacks = networkRows(rows, spines);
        int spineRows = rowsFor(spines);
        RackLocation[] coreRacks = networkRows(rows + spineRows, cores);
        return new Placement(serverRacks, leafRacks, spineRacks, coreRacks);
    }

    private int computePosition(int rackInRow, int computeRacks, int netRacks) {
        if (floor.leafPlacement() == LeafPlacement.MIDDLE_OF_ROW && rackInRow >= middle(computeRacks)) {
            return rackInRow + netRacks;
        }
        return rackInRow;
    }

    private int networkPosition(int netRack, int computeRacks) {
        return (floor.leafPlacement() == LeafPlacement.MIDDLE_OF_ROW ? middle(computeRacks) : computeRacks) + netRack;
    }

    private static int middle(int computeRacks) {
        return (computeRacks + 1) / 2;
    }

    private int rowsFor(int switches) {
        int netRacks = (switches + floor.switchesPerRack() - 1) / floor.switchesPerRack();
        return (netRacks + floor.racksPerRow() - 1) / floor.racksPerRow();
    }

    private RackLocation[] networkRows(int firstRow, int switches) {
        RackLocation[] out = new RackLocation[switches];
        for (int i = 0; i < switches; i++) {
            int rack = i / floor.switchesPerRack();
            // every stride-th position: the positions between stay free for the patching racks reserved beside
            out[i] = rack(firstRow + rack / floor.racksPerRow(),
                    rack % floor.racksPerRow() * floor.racks().networkRackStride(), true);
        }
        return out;
    }

    private RackLocation rack(int row, int position, boolean networkRow) {
        long key = ((long) row << 32) | position;
        return racks.computeIfAbsent(key, k -> new RackLocation(row, position, position * floor.rackPitchM(),
                row * floor.rowPitchM() + (networkRow ? floor.networkRowGapM() : 0)));
    }
}
