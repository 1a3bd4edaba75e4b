package org.cablesim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PhysicalCable;

/**
 * The pull list of one plan ({@code pull-list.csv}): per floor row, the cables whose lower end is in the row, in the
 * order an installer pulls them. Longest first within a row (ties by cable id): the long runs lie at the bottom of
 * the tray and the short ones, pulled later, do not have to be threaded under them.
 */
public final class PullList {
    public static final String FILE = "pull-list.csv";

    private PullList() {
    }

    /** One row per physical cable of the cable schedule, rows in label order, longest first within a row. */
    public static void write(CablingPlan plan, RowSink out) throws IOException {
        out.row("row", "order", "cable", "label", "kind", "tier", "connector", "fibres", "polarity_type",
                "length_m", "from", "to");
        Map<String, List<PhysicalCable>> byRow = new TreeMap<>();
        plan.forEachCable(c -> byRow.computeIfAbsent(row(c.fromLabel()), k -> new ArrayList<>()).add(c));
        Comparator<PhysicalCable> order = Comparator.comparingDouble(PhysicalCable::lengthM).reversed()
                .thenComparing(PhysicalCable::id);
        for (Map.Entry<String, List<PhysicalCable>> e : byRow.entrySet()) {
            List<PhysicalCable> cables = e.getValue();
            cables.sort(order);
            for (int i = 0; i < cables.size(); i++) {
                PhysicalCable c = cables.get(i);
                out.row(e.getKey(), i + 1, c.id(), c.fromLabel() + " / " + c.toLabel(),
                        c.kind().name().toLowerCase(Locale.ROOT), c.tierName(),
                        c.harnessId().orElse(c.fromPlug().connectorTypeId()), c.fibres(), c.type(), c.lengthM(),
                        c.fromLabel(), c.toLabel());
            }
        }
    }

    /** The row of a TIA-606 end label {@code <row>-<rack>.<panel or device>…}: the part before the first '-'. */
    static String row(String label) {
        int dash = label.indexOf('-');
        return dash < 0 ? label : label.substring(0, dash);
    }
}
