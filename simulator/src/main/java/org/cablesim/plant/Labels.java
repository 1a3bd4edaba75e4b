package org.cablesim.plant;

/**
 * TIA-606-style identifiers: racks {@code R<row>-<position>} zero-padded to the floor's widths, panel ports
 * {@code <rack>.P<panel>.<port>}, cable ids {@code T000001} (trunk), {@code C…} (cord), {@code J…} (jumper),
 * {@code D…} (direct assembly).
 */
final class Labels {
    private final int rowWidth;
    private final int positionWidth;

    Labels(int maxRow, int maxPosition) {
        this.rowWidth = Math.max(3, Integer.toString(maxRow).length());
        this.positionWidth = Math.max(2, Integer.toString(maxPosition).length());
    }

    String rack(int row, int position) {
        return "R" + pad(row, rowWidth) + "-" + pad(position, positionWidth);
    }

    static String panel(String rack, int panel) {
        return rack + ".P" + pad(panel, 2);
    }

    static String port(String rack, int panel, int port) {
        return panel(rack, panel) + "." + pad(port, 2);
    }

    static String cable(char kind, long number) {
        return kind + pad(number, 6);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
