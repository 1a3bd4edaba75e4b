package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cablesim.catalog.CableBuild;
import org.cablesim.polarity.CheckKind;
import org.cablesim.scenario.TraySpec;
import org.jgrapht.Graph;

/**
 * How full each pathway segment is: the summed cross-section areas (π·OD²/4 of each cable's {@link CableBuild})
 * of the cables routed along it over the segment's cross-section area (width × depth of its kind, {@link TraySpec}).
 * A segment still filled beyond the limit after the router moved what it could ({@link TraySpill}) is a
 * {@link CheckKind#TRAY_FILL} violation.
 */
public final class PathwayFill {
    /** How many of the fullest segments summaries list. */
    public static final int FULLEST = 10;

    /**
     * One pathway segment's fill.
     *
     * @param edgeId       the segment's {@link PathwayEdge#id()}
     * @param kind         drop, row tray, cross-aisle or main tray
     * @param label        the segment named by its two ends, e.g. {@code tray R01-03 / tray R01-04}
     * @param cables       cables routed along it, ≥ 0
     * @param cableAreaMm2 their summed cross-section areas, square millimetres, ≥ 0
     * @param trayAreaMm2  the segment's cross-section area, square millimetres, &gt; 0
     * @param fillLimit    the share it may be filled to, (0, 1]
     */
    public record Segment(int edgeId, PathwayEdge.Kind kind, String label, int cables, double cableAreaMm2,
            double trayAreaMm2, double fillLimit) {
        /** The filled share of the cross-section: cable area / tray area (above 1 when the cables cannot fit). */
        public double fillShare() {
            return cableAreaMm2 / trayAreaMm2;
        }

        /** The cable area it may hold: tray area × fill limit, square millimetres. */
        public double capacityMm2() {
            return capacity(trayAreaMm2, fillLimit);
        }

        /** Whether it is filled beyond its limit. */
        public boolean overfull() {
            return cableAreaMm2 > capacityMm2();
        }

        /** The kind in file spelling: {@code drop}, {@code row-tray}, {@code cross-aisle}, {@code main-tray}. */
        public String kindName() {
            return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final List<Segment> segments;

    private PathwayFill(List<Segment> segments) {
        this.segments = Collections.unmodifiableList(segments);
    }

    static PathwayFill of(CablingPlan plan, RouteTable routes, TraySpec trays) {
        PathwayGraph pathways = plan.pathways();
        int n = pathways.edges().size();
        int[] cables = new int[n];
        double[] area = new double[n];
        PlanCables.forEachRouted(plan, (a, b, build) -> {
            double mm2 = build.areaMm2();
            for (int e : routes.route(a, b).edgeIds()) {
                cables[e]++;
                area[e] += mm2;
            }
        });
        Graph<PathwayNode, PathwayEdge> g = pathways.graph();
        List<Segment> out = new ArrayList<>(n);
        for (PathwayEdge e : pathways.edges()) {
            String label = g.getEdgeSource(e).label() + " / " + g.getEdgeTarget(e).label();
            out.add(new Segment(e.id(), e.kind(), label, cables[e.id()], area[e.id()],
                    section(trays, e.kind()).areaMm2(), trays.fillLimit()));
        }
        return new PathwayFill(out);
    }

    /** The cable area a segment of a kind may hold, square millimetres: the one rule for "within the fill limit". */
    static double capacityMm2(TraySpec trays, PathwayEdge.Kind kind) {
        return capacity(section(trays, kind).areaMm2(), trays.fillLimit());
    }

    private static double capacity(double trayAreaMm2, double fillLimit) {
        return trayAreaMm2 * fillLimit;
    }

    /** The cross-section of a segment kind. */
    static TraySpec.Section section(TraySpec trays, PathwayEdge.Kind kind) {
        return switch (kind) {
            case DROP -> trays.drop();
            case ROW_TRAY -> trays.rowTray();
            case NETWORK_ROW_TRAY -> trays.networkRowTray();
            case CROSS_AISLE -> trays.crossAisle();
            case MAIN_TRAY -> trays.mainTray();
        };
    }

    /** Every segment, in {@link PathwayEdge#id()} order. */
    public List<Segment> segments() {
        return segments;
    }

    /** The fullest segments, fullest first (ties by edge id), at most {@code limit}. */
    public List<Segment> fullest(int limit) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingDouble(Segment::fillShare).reversed().thenComparingInt(Segment::edgeId));
        return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
    }

    /** Segments over their fill limit. */
    public long overfull() {
        return segments.stream().filter(Segment::overfull).count();
    }

    /** One {@link CheckKind#TRAY_FILL} violation per overfull segment, in edge order, naming the segment. */
    List<PlantViolation> violations() {
        List<PlantViolation> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.overfull()) {
                out.add(new PlantViolation(s.label(), 0, CheckKind.TRAY_FILL, -1, String.format(Locale.ROOT,
                        "%s segment e%d (%s) holds %d cables of %.0f mm2 in %.0f mm2: %.1f %% filled, over the"
                                + " %.0f %% limit with no path around it; widen or deepen the %s (floor.trays)",
                        s.kindName(), s.edgeId(), s.label(), s.cables(), s.cableAreaMm2(), s.trayAreaMm2(),
                        100 * s.fillShare(), 100 * s.fillLimit(), s.kindName())));
            }
        }
        return out;
    }
}
