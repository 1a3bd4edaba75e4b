package org.cablesim.plant;

import org.cablesim.scenario.RackSpec;

/**
 * TIA-606-C identifiers: racks {@code <rowPrefix><row>-<rackPrefix><position>}, both counted from 1 and zero-padded
 * to the floor's widths ({@code R01-09}); a panel by its rack and the lowest rack unit it occupies
 * ({@code R01-09.U40}); its ports {@code <panel>.<port>} ({@code R01-09.U40.05}); cable ids {@code T000001} (trunk),
 * {@code C…} (cord), {@code J…} (jumper), {@code D…} (direct assembly).
 */
final class Labels {
    private final int rowWidth;
    private final int positionWidth;
    private final String rowPrefix;
    private final String rackPrefix;

    Labels(int maxRow, int maxPosition, RackSpec racks) {
        this.rowWidth = Math.max(2, Integer.toString(maxRow + 1).length());
        this.positionWidth = Math.max(2, Integer.toString(maxPosition + 1).length());
        this.rowPrefix = racks.rowPrefix();
        this.rackPrefix = racks.rackPrefix();
    }

    /** The rack at 0-based (row, position). */
    String rack(int row, int position) {
        return rowPrefix + pad(row + 1L, rowWidth) + "-" + rackPrefix + pad(position + 1L, positionWidth);
    }

    /** The row's name, e.g. {@code R01}. */
    String row(int row) {
        return rowPrefix + pad(row + 1L, rowWidth);
    }

    /** A panel by its rack and the lowest rack unit it occupies. */
    static String panel(String rack, int ru) {
        return rack + ".U" + pad(ru, 2);
    }

    static String port(String rack, int ru, int port) {
        return panel(rack, ru) + "." + pad(port, 2);
    }

    static String cable(char kind, long number) {
        return kind + pad(number, 6);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** The label of a port (0-based within the stack) of a plan's panel stack, e.g. {@code R04-13.U40.05}. */
    static String stackPort(CablingPlan plan, int stack, int port) {
        PlantLayout layout = plan.layout();
        int ppp = plan.tiers().get(layout.stackTier()[stack]).panels().portsPerPanel();
        String rack = plan.pathways().node(layout.stackNode()[stack]).label();
        return port(rack, panelRu(plan, stack, port / ppp), port % ppp + 1);
    }

    /** The lowest rack unit panel {@code i} (0-based) of a plan's panel stack occupies. */
    static int panelRu(CablingPlan plan, int stack, int i) {
        int ru = plan.tiers().get(plan.layout().stackTier()[stack]).panels().ruPerPanel();
        return plan.layout().stackTopRu()[stack] - (i + 1) * ru + 1;
    }

    /** A block of ports of one panel, e.g. {@code R04-13.U40.01-03}. */
    static String stackPortRange(CablingPlan plan, int stack, int first, int count) {
        int ppp = plan.tiers().get(plan.layout().stackTier()[stack]).panels().portsPerPanel();
        return stackPort(plan, stack, first) + "-" + pad((first + count - 1) % ppp + 1, 2);
    }
}
