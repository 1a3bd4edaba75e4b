package org.cablesim.polarity;

import java.util.Optional;

/** An element with plugs at both sides (a cable or a module) that carries fibres from side to side. */
public sealed interface PluggedElement extends ChannelElement permits Cable, ConversionModule {

    /** Plugs on the near side, &ge; 1. */
    int nearPortCount();

    /** Plugs on the far side, &ge; 1. */
    int farPortCount();

    /** The plug at a near-side port, 1..nearPortCount(). */
    ConnectorEnd nearEnd(int port);

    /** The plug at a far-side port, 1..farPortCount(). */
    ConnectorEnd farEnd(int port);

    /** Where a fibre entering at a near-side slot leaves; empty when no fibre is there. */
    Optional<PortPosition> forward(PortPosition near);

    /** Where a fibre entering at a far-side slot leaves on the near side; empty when no fibre is there. */
    Optional<PortPosition> backward(PortPosition far);

    /** Human name of the element's kind for messages, e.g. {@code Type-B trunk}. */
    String describe();

    @Override
    PluggedElement withLabel(String newLabel);
}
