package org.cablesim.polarity;

import java.util.List;

/**
 * One link's path from the near transceiver's MDI to the far one's: plugged elements (cables,
 * modules) at even indices alternating with junctions (adapters, splices) at odd indices, starting
 * and ending with a plugged element whose outer plugs mate with the transceivers.
 *
 * @param elements the path, odd length &ge; 1; across each junction the port counts must agree (or
 *                 the adapter routes ports explicitly)
 */
public record Channel(List<ChannelElement> elements) {

    public Channel {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || elements.size() % 2 == 0) {
            throw new IllegalArgumentException("a channel alternates plugged elements and junctions, starting and"
                    + " ending with a plugged element; got " + elements.size() + " elements");
        }
        for (int i = 0; i < elements.size(); i++) {
            ChannelElement e = elements.get(i);
            boolean wantPlugged = i % 2 == 0;
            if (wantPlugged && !(e instanceof PluggedElement)) {
                throw new IllegalArgumentException("element " + i + " (" + e.label() + ") must be a cable or module:"
                        + " two junctions cannot follow each other and a channel ends on plugs");
            }
            if (!wantPlugged && !(e instanceof Junction)) {
                throw new IllegalArgumentException("element " + i + " (" + e.label() + ") must be an adapter or splice:"
                        + " two plugged elements only meet through one");
            }
        }
        for (int j = 1; j < elements.size(); j += 2) {
            PluggedElement prev = (PluggedElement) elements.get(j - 1);
            PluggedElement next = (PluggedElement) elements.get(j + 1);
            if (elements.get(j) instanceof Adapter a && !a.isIdentityRouting()) {
                for (var route : a.portRouting().entrySet()) {
                    if (route.getKey() > prev.farPortCount() || route.getValue() > next.nearPortCount()) {
                        throw new IllegalArgumentException("element " + j + " (" + a.label() + ") routes port "
                                + route.getKey() + " → " + route.getValue() + " but its neighbours have "
                                + prev.farPortCount() + " and " + next.nearPortCount() + " ports");
                    }
                }
            } else if (prev.farPortCount() != next.nearPortCount()) {
                throw new IllegalArgumentException("element " + j + " (" + elements.get(j).label() + ") joins "
                        + prev.farPortCount() + " ports to " + next.nearPortCount() + "; route the ports explicitly");
            }
        }
    }

    /** A channel of the given elements in near-to-far order. */
    public static Channel of(ChannelElement... elements) {
        return new Channel(List.of(elements));
    }

    /** Number of elements. */
    public int size() {
        return elements.size();
    }

    /** The element at an index, 0..size()−1. */
    public ChannelElement get(int index) {
        return elements.get(index);
    }

    /** The first element, whose near plugs meet the near transceiver. */
    public PluggedElement first() {
        return (PluggedElement) elements.get(0);
    }

    /** The last element, whose far plugs meet the far transceiver. */
    public PluggedElement last() {
        return (PluggedElement) elements.get(elements.size() - 1);
    }
}
