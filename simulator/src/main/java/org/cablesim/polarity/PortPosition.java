package org.cablesim.polarity;

/**
 * A fibre location on one side of an element: which of its plugs (legs, module ports) and which
 * ferrule position in that plug.
 *
 * @param port     1-based plug index on that side, &ge; 1
 * @param position 1-based ferrule position, &ge; 1
 */
public record PortPosition(int port, int position) {
    public PortPosition {
        if (port < 1 || position < 1) {
            throw new IllegalArgumentException("port and position are 1-based, were " + port + ", " + position);
        }
    }

    @Override
    public String toString() {
        return "port " + port + " position " + position;
    }
}
