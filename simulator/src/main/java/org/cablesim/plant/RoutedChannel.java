package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cablesim.polarity.Channel;
import org.cablesim.polarity.LaneTrace;
import org.cablesim.polarity.LaneTracer;
import org.cablesim.polarity.PortPosition;
import org.cablesim.polarity.TransceiverPort;

/**
 * The routed channel of one MDI of one logical link: the polarity {@link Channel} (cables, adapters, cassettes in
 * near-to-far order), what each element is in the plant, and the two transceiver MDIs. A twin-port link has one
 * routed channel per MDI.
 *
 * @param linkId         the logical link's id
 * @param linkIndex      the link's index in the fabric's link list
 * @param mdi            MDI number within the link, 1-based
 * @param subChannel     index of this channel in the plan (0-based, dense)
 * @param tierName       the fabric tier
 * @param channel        the polarity channel, near = lower device
 * @param elements       plant facts of {@code channel}'s elements, index for index
 * @param near           the lower device's MDI (Tx/Rx positions and plug)
 * @param far            the upper device's MDI
 * @param mdiLossClassId loss class of the two MDI mated pairs
 * @param matedPairs     adapters between the two MDIs (the MDI matings not counted)
 */
public record RoutedChannel(String linkId, int linkIndex, int mdi, int subChannel, String tierName, Channel channel,
        List<PlantElement> elements, TransceiverPort near, TransceiverPort far, String mdiLossClassId,
        int matedPairs) {
    public RoutedChannel {
        Objects.requireNonNull(channel, "channel");
        elements = List.copyOf(elements);
        if (elements.size() != channel.size()) {
            throw new IllegalArgumentException("one plant element per channel element");
        }
    }

    /** Total length of the channel's cables, metres (stock lengths). */
    public double lengthM() {
        double sum = 0;
        for (PlantElement e : elements) {
            sum += e.lengthM();
        }
        return sum;
    }

    /**
     * Every lit lane's fibre slot at every element boundary: first the near transceiver's Tx lanes traced forward,
     * then the far transceiver's Tx lanes traced backward.
     */
    public List<LaneTrace> laneTraces() {
        List<LaneTrace> traces = new ArrayList<>();
        for (int tx : near.txPositions()) {
            traces.add(LaneTracer.forward(channel, new PortPosition(near.port(), tx)));
        }
        for (int tx : far.txPositions()) {
            traces.add(LaneTracer.backward(channel, new PortPosition(far.port(), tx)));
        }
        return traces;
    }

    /** The trunk fibre of every lane that crosses the trunk (empty for direct assemblies), in lane-trace order. */
    public List<TrunkFibre> trunkFibres() {
        int t = -1;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).kind() == PlantElement.Kind.TRUNK) {
                t = i;
            }
        }
        List<TrunkFibre> fibres = new ArrayList<>();
        if (t < 0) {
            return fibres;
        }
        String trunkId = elements.get(t).cableId();
        int n = channel.size();
        for (LaneTrace trace : laneTraces()) {
            PortPosition nearSide;
            PortPosition farSide;
            if (trace.forward()) {
                if (trace.afterEach().size() <= t) {
                    continue;
                }
                nearSide = trace.afterEach().get(t - 1);
                farSide = trace.afterEach().get(t);
            } else {
                if (trace.afterEach().size() <= n - 1 - t) {
                    continue;
                }
                farSide = trace.afterEach().get(n - 1 - (t + 1));
                nearSide = trace.afterEach().get(n - 1 - t);
            }
            fibres.add(new TrunkFibre(trunkId, nearSide.port(), nearSide.position(), farSide.port(),
                    farSide.position()));
        }
        return fibres;
    }
}
