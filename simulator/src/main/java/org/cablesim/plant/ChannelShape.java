package org.cablesim.plant;

import java.util.List;
import java.util.Objects;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.polarity.LaneTrace;
import org.cablesim.polarity.Violation;

/**
 * The facts every channel of one shape shares (same tier, same templates, same port routing, so the same lane
 * traces): computed once per shape from its first channel. Channels of a shape differ only in labels and cable
 * lengths.
 *
 * @param id                  the shape id ({@link CablingPlan#shapeOf})
 * @param example             the first channel of this shape, with its own labels
 * @param litFibres           lit fibres that reach the far end (see {@link ResolvedChannel#litFibres()})
 * @param polarityViolations  what the polarity engine finds wrong (polarity, gender, key, polish, fibre count)
 * @param connectionsWithMdi  the optical connections, MDI matings included
 * @param connections         the optical connections between the MDIs only
 */
public record ChannelShape(int id, ResolvedChannel example, List<LaneTrace> litFibres,
        List<Violation> polarityViolations, List<OpticalConnection> connectionsWithMdi,
        List<OpticalConnection> connections) {
    public ChannelShape {
        Objects.requireNonNull(example, "example");
        litFibres = List.copyOf(litFibres);
        polarityViolations = List.copyOf(polarityViolations);
        connectionsWithMdi = List.copyOf(connectionsWithMdi);
        connections = List.copyOf(connections);
    }

    static ChannelShape of(int id, ResolvedChannel example, List<Violation> polarityViolations) {
        List<LaneTrace> lanes = example.litFibres();
        boolean usable = !lanes.isEmpty();
        return new ChannelShape(id, example, lanes, polarityViolations,
                usable ? OpticalView.connections(example, lanes, true) : List.of(),
                usable ? OpticalView.connections(example, lanes, false) : List.of());
    }

    /** The optical connections under a budget convention. */
    public List<OpticalConnection> connections(boolean countTransceiverMatedPairs) {
        return countTransceiverMatedPairs ? connectionsWithMdi : connections;
    }
}
