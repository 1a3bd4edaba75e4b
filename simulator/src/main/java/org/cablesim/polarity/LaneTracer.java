package org.cablesim.polarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Follows one lane through a channel element by element, recording its slot at every boundary. */
public final class LaneTracer {

    private LaneTracer() {
    }

    /**
     * Traces a lane from the near transceiver towards the far one.
     *
     * @param channel the channel
     * @param start   slot on the near side of element 0 (the near MDI's port and lane position)
     */
    public static LaneTrace forward(Channel channel, PortPosition start) {
        List<PortPosition> after = new ArrayList<>();
        PortPosition slot = start;
        for (int i = 0; i < channel.size(); i++) {
            ChannelElement e = channel.get(i);
            Step step = e instanceof PluggedElement pe
                    ? throughPlugged(pe, slot, true)
                    : throughJunction((Junction) e, (PluggedElement) channel.get(i - 1), slot, true);
            if (step.lost != null) {
                return new LaneTrace(true, start, after, i, step.lost);
            }
            slot = step.slot;
            after.add(slot);
        }
        return new LaneTrace(true, start, after, -1, "");
    }

    /**
     * Traces a lane from the far transceiver back towards the near one.
     *
     * @param channel the channel
     * @param start   slot on the far side of the last element (the far MDI's port and lane position)
     */
    public static LaneTrace backward(Channel channel, PortPosition start) {
        List<PortPosition> after = new ArrayList<>();
        PortPosition slot = start;
        for (int i = channel.size() - 1; i >= 0; i--) {
            ChannelElement e = channel.get(i);
            Step step = e instanceof PluggedElement pe
                    ? throughPlugged(pe, slot, false)
                    : throughJunction((Junction) e, (PluggedElement) channel.get(i + 1), slot, false);
            if (step.lost != null) {
                return new LaneTrace(false, start, after, i, step.lost);
            }
            slot = step.slot;
            after.add(slot);
        }
        return new LaneTrace(false, start, after, -1, "");
    }

    /** Near-side position of a one-port channel → far-side position at every boundary (start first). */
    public static int[] traceFar(Channel channel, int nearPosition) {
        return forward(channel, new PortPosition(1, nearPosition)).positions();
    }

    private static Step throughPlugged(PluggedElement pe, PortPosition slot, boolean forward) {
        int ports = forward ? pe.nearPortCount() : pe.farPortCount();
        if (slot.port() > ports) {
            return Step.lost(pe.describe() + " has no port " + slot.port());
        }
        ConnectorEnd plug = forward ? pe.nearEnd(slot.port()) : pe.farEnd(slot.port());
        if (slot.position() > plug.positions()) {
            return Step.lost("position " + slot.position() + " does not exist on the " + plug.connectorTypeId()
                    + " plug of " + pe.describe());
        }
        Optional<PortPosition> out = forward ? pe.forward(slot) : pe.backward(slot);
        return out.map(Step::to).orElseGet(() -> Step.lost("position " + slot.position()
                + (ports > 1 ? " of port " + slot.port() : "") + " of " + pe.describe() + " carries no fibre"));
    }

    private static Step throughJunction(Junction j, PluggedElement arrivingFrom, PortPosition slot, boolean forward) {
        Optional<Integer> port = forward ? j.routePort(slot.port()) : j.routePortBack(slot.port());
        if (port.isEmpty()) {
            return Step.lost("port " + slot.port() + " is not continued past " + j.label() + " in this channel");
        }
        ConnectorEnd plug = forward ? arrivingFrom.farEnd(slot.port()) : arrivingFrom.nearEnd(slot.port());
        PositionMap map = j.positionMap(plug.fibresPerRow(), plug.rows());
        if (!forward) {
            map = map.inverse();
        }
        return Step.to(new PortPosition(port.get(), map.apply(slot.position())));
    }

    private record Step(PortPosition slot, String lost) {
        static Step to(PortPosition slot) {
            return new Step(slot, null);
        }

        static Step lost(String reason) {
            return new Step(null, reason);
        }
    }
}
