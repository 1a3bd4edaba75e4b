package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.LaneTrace;
import org.cablesim.polarity.PortPosition;

/**
 * Builds the optical view of a resolved channel, the one place where a channel's lanes are laid onto its mated
 * pairs:
 * <ul>
 *   <li><b>Lanes</b>: the channel's lit fibres that reach the far end ({@link ResolvedChannel#litFibres()}): the near
 *       MDI's Tx lanes traced forward, then the far MDI's traced back; a link works only if both directions do.</li>
 *   <li><b>Connections</b>: the adapters and trunk splices between the MDIs, plus the two MDI matings when
 *       {@code countTransceiverMatedPairs}, each with its resolved loss model and reflectance. Its type
 *       {@code <tier>/<role>-<near|far>/<loss class>} is the class signature and the common-random-number key, so plans
 *       that put the same loss class at the same place draw the same losses there.</li>
 *   <li><b>Lane positions</b>: the 0-based ferrule position of each lane on the plug arriving at the pair; a
 *       multi-leg adapter (a cassette's rear) numbers the legs the channel uses 0, 1, … and a lane on leg k at
 *       position q sits at k·positions + q.</li>
 * </ul>
 */
final class OpticalView {
    private OpticalView() {
    }

    /**
     * The connections of a channel (lengths and budget are added per channel by the caller).
     *
     * @param rc                         the channel
     * @param lanes                      its lit fibres, non-empty
     * @param countTransceiverMatedPairs whether the two MDI matings count
     * @return the connections in channel order
     */
    static List<OpticalConnection> connections(ResolvedChannel rc, List<LaneTrace> lanes,
            boolean countTransceiverMatedPairs) {
        List<OpticalConnection> out = new ArrayList<>();
        int n = rc.elements().size();
        if (countTransceiverMatedPairs) {
            out.add(mdi(rc, lanes, true));
        }
        for (int i = 0; i < n; i++) {
            if (rc.elements().get(i) instanceof MatedPair m) {
                out.add(junction(rc, type(rc.tierName(), m.role(), m.side(), m.optics()), m.optics(), m.arriving(), i,
                        lanes));
            } else if (rc.elements().get(i) instanceof SplicePoint sp) {
                var arriving = ((org.cablesim.polarity.PluggedElement) rc.elements().get(i - 1).polarity()).farEnd(1);
                out.add(junction(rc, spliceType(rc.tierName(), sp), sp.optics(), arriving, i, lanes));
            }
        }
        if (countTransceiverMatedPairs) {
            out.add(mdi(rc, lanes, false));
        }
        return out;
    }

    /**
     * The connections of a channel rebuilt correctly after a design rework: every mated pair of the channel (and the
     * MDI matings when counted) with the PMD's lit fibres at the first positions of each plug, in order.
     *
     * @param rc                         the channel
     * @param lanes                      lit fibres of the rebuilt channel, ≥ 1
     * @param countTransceiverMatedPairs whether the two MDI matings count
     * @return the connections in channel order
     */
    static List<OpticalConnection> inOrder(ResolvedChannel rc, int lanes, boolean countTransceiverMatedPairs) {
        List<OpticalConnection> out = new ArrayList<>();
        if (countTransceiverMatedPairs) {
            out.add(inOrder(type(rc.tierName(), MatingRole.MDI, TrunkSide.NEAR, rc.near().optics()), rc.near().optics(),
                    rc.near().plug(), lanes));
        }
        for (ResolvedElement e : rc.connections()) {
            if (e instanceof MatedPair m) {
                out.add(inOrder(type(rc.tierName(), m.role(), m.side(), m.optics()), m.optics(), m.arriving(), lanes));
            } else if (e instanceof SplicePoint sp) {
                int i = rc.elements().indexOf(sp);
                var arriving = ((org.cablesim.polarity.PluggedElement) rc.elements().get(i - 1).polarity()).farEnd(1);
                out.add(inOrder(spliceType(rc.tierName(), sp), sp.optics(), arriving, lanes));
            }
        }
        if (countTransceiverMatedPairs) {
            out.add(inOrder(type(rc.tierName(), MatingRole.MDI, TrunkSide.FAR, rc.far().optics()), rc.far().optics(),
                    rc.far().plug(), lanes));
        }
        return out;
    }

    private static OpticalConnection inOrder(String type, MatingOptics optics, ConnectorEnd plug, int lanes) {
        int positions = Math.max(plug.positions(), lanes);
        int[] positionOfLane = new int[lanes];
        for (int l = 0; l < lanes; l++) {
            positionOfLane[l] = l;
        }
        return new OpticalConnection(type, optics.lossModel(), positions, positionOfLane, optics.reflectanceDb());
    }

    /** The CRN key and class signature of a mating: {@code <tier>/<role>-<side>/<loss class>}. */
    static String type(String tierName, MatingRole role, TrunkSide side, MatingOptics optics) {
        return tierName + "/" + role.id() + "-" + side.id() + "/" + optics.lossClassId();
    }

    /** The CRN key and class signature of a trunk splice: {@code <tier>/splice-<point>/<loss class>}. */
    static String spliceType(String tierName, SplicePoint splice) {
        return tierName + "/" + MatingRole.SPLICE.id() + "-" + splice.point() + "/" + splice.optics().lossClassId();
    }

    /** The slot of a lane on the near side of junction i (on element i−1's far plug). */
    private static PortPosition slotBefore(LaneTrace t, int i, int n) {
        return t.forward() ? t.afterEach().get(i - 1) : t.afterEach().get(n - 1 - i);
    }

    private static OpticalConnection junction(ResolvedChannel rc, String type, MatingOptics optics,
            ConnectorEnd arriving, int i, List<LaneTrace> lanes) {
        int n = rc.elements().size();
        TreeSet<Integer> ports = new TreeSet<>();
        for (LaneTrace t : lanes) {
            ports.add(slotBefore(t, i, n).port());
        }
        List<Integer> portOrder = new ArrayList<>(ports);
        int perPort = arriving.positions();
        int[] positionOfLane = new int[lanes.size()];
        for (int l = 0; l < lanes.size(); l++) {
            PortPosition s = slotBefore(lanes.get(l), i, n);
            positionOfLane[l] = portOrder.indexOf(s.port()) * perPort + s.position() - 1;
        }
        return new OpticalConnection(type, optics.lossModel(), perPort * portOrder.size(), positionOfLane,
                optics.reflectanceDb());
    }

    private static OpticalConnection mdi(ResolvedChannel rc, List<LaneTrace> lanes, boolean near) {
        int n = rc.elements().size();
        MdiEnd end = near ? rc.near() : rc.far();
        int[] positionOfLane = new int[lanes.size()];
        for (int l = 0; l < lanes.size(); l++) {
            LaneTrace t = lanes.get(l);
            PortPosition s = near == t.forward() ? t.start() : t.afterEach().get(n - 1);
            positionOfLane[l] = s.position() - 1;
        }
        MatingOptics optics = end.optics();
        return new OpticalConnection(type(rc.tierName(), MatingRole.MDI, near ? TrunkSide.NEAR : TrunkSide.FAR,
                optics), optics.lossModel(), end.plug().positions(), positionOfLane, optics.reflectanceDb());
    }
}
