package org.cablesim.polarity;

/**
 * One element of a channel, read from the near transceiver towards the far one. Plugged elements
 * (cables, modules) alternate with junctions (adapters, splices) in a {@link Channel}.
 */
public sealed interface ChannelElement permits PluggedElement, Junction {

    /** Where the element is, for messages a technician can act on, e.g. {@code panel P01 port 5}. */
    String label();

    /** The same element at another place: every fact but the label is kept. */
    ChannelElement withLabel(String newLabel);
}
