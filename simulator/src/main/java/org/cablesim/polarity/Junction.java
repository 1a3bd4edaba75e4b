package org.cablesim.polarity;

import java.util.Optional;

/** A point where the plugs of two neighbouring elements meet: an adapter (mated pair) or a splice. */
public sealed interface Junction extends ChannelElement permits Adapter, Splice {

    /**
     * The far-side port a near-side port continues on, or empty when this channel does not continue
     * that port (it belongs to another link).
     */
    Optional<Integer> routePort(int nearPort);

    /** The near-side port a far-side port comes from, or empty when not continued. */
    Optional<Integer> routePortBack(int farPort);

    /**
     * The position map across the junction for plugs of the given geometry (the plug the fibre
     * arrives on).
     */
    PositionMap positionMap(int fibresPerRow, int rows);

    @Override
    Junction withLabel(String newLabel);
}
