package org.cablesim.polarity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fibre slot of one lane at every element boundary, in travel order.
 *
 * @param forward        true when travelling near → far (element order), false far → near
 * @param start          the slot where the lane enters the first element it meets
 * @param afterEach      {@code afterEach.get(j)} is the slot after the j-th element traversed (element
 *                       index j going forward, size−1−j going backward); shorter than the channel when
 *                       the lane is lost
 * @param lostAtElement  element index where the lane stops, or −1 when it reaches the far side
 * @param lostReason     why it stops, empty when it does not
 */
public record LaneTrace(boolean forward, PortPosition start, List<PortPosition> afterEach, int lostAtElement,
                        String lostReason) {

    public LaneTrace {
        Objects.requireNonNull(start, "start");
        afterEach = List.copyOf(afterEach);
        Objects.requireNonNull(lostReason, "lostReason");
        if (lostAtElement < -1) {
            throw new IllegalArgumentException("lostAtElement is -1 or an element index, was " + lostAtElement);
        }
    }

    /** Whether the lane crossed every element. */
    public boolean complete() {
        return lostAtElement < 0;
    }

    /** The slot where the lane leaves the channel, if it gets there. */
    public Optional<PortPosition> end() {
        return complete() ? Optional.of(afterEach.isEmpty() ? start : afterEach.get(afterEach.size() - 1))
                : Optional.empty();
    }

    /** Positions in travel order, start first: one entry per boundary reached. */
    public int[] positions() {
        int[] p = new int[afterEach.size() + 1];
        p[0] = start.position();
        for (int j = 0; j < afterEach.size(); j++) {
            p[j + 1] = afterEach.get(j).position();
        }
        return p;
    }
}
