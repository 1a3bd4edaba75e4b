package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.RackElevations;

/**
 * One plan's rack elevations grouped by floor row, as the drawings show them: the per-row SVG files and the report's
 * elevations section.
 *
 * @param plan the plan's name
 * @param rows every row with racks, in row order
 */
public record PlanElevations(String plan, List<Row> rows) {
    public PlanElevations {
        rows = List.copyOf(rows);
    }

    /**
     * One floor row's racks.
     *
     * @param label the row's label, e.g. {@code R01}
     * @param racks its racks, in position order
     */
    public record Row(String label, List<RackElevations.Rack> racks) {
        public Row {
            List<RackElevations.Rack> sorted = new ArrayList<>(racks);
            sorted.sort((a, b) -> Integer.compare(a.position(), b.position()));
            racks = List.copyOf(sorted);
        }

        /** Whether the plant changed this row beyond its equipment: a patching rack, or a rack over height. */
        public boolean notable() {
            return racks.stream().anyMatch(r -> r.patchRack() || r.overHeight());
        }
    }

    /** The rows of a plan's elevations. */
    public static PlanElevations of(String planName, CablingPlan plan, RackElevations elevations) {
        Map<Integer, List<RackElevations.Rack>> byRow = new TreeMap<>();
        for (RackElevations.Rack r : elevations.racks()) {
            byRow.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        byRow.forEach((row, racks) -> rows.add(new Row(plan.pathways().rowLabel(row), racks)));
        return new PlanElevations(planName, rows);
    }

    /** The rows of a plan's elevations. */
    public static PlanElevations of(String planName, CablingPlan plan) {
        return of(planName, plan, RackElevations.of(plan));
    }
}
