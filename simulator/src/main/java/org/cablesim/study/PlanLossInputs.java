package org.cablesim.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.plant.CablingPlan;

/**
 * The loss engine's input of a routed plan: the optical view of every channel of every cabled link that is not
 * broken by design ({@link CablingPlan#optical}), in link order and MDI order within a link. A projection with no
 * rules of its own: lanes, connections, loss models, reflectances and budgets all come resolved from the plant.
 */
public final class PlanLossInputs {
    /** Why links are not estimated: no cables (capacity ran out). */
    public static final String NOT_CABLED = "not cabled";
    /** Why links are not estimated: a copper cable, no optical channel. */
    public static final String COPPER = "copper (no optical channel)";

    private PlanLossInputs() {
    }

    /**
     * The inputs of one plan.
     *
     * @param channels        one per estimated channel, in link order and MDI order within a link
     * @param linkOfChannel   index (in the fabric's link list) of each channel's link
     * @param links           logical links in the plan
     * @param brokenByDesign  cabled links left out because they fail by design (they count as failed at
     *                        installation, reported apart from failures by loss)
     * @param skipped         links left out for another reason, by reason
     */
    public record Inputs(List<OpticalChannel> channels, int[] linkOfChannel, int links, int brokenByDesign,
            Map<String, Integer> skipped) {
        public Inputs {
            channels = List.copyOf(channels);
            linkOfChannel = linkOfChannel.clone();
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
            if (linkOfChannel.length != channels.size()) {
                throw new IllegalArgumentException("one link index per channel");
            }
        }

        /** @return a copy of each channel's link index */
        @Override
        public int[] linkOfChannel() {
            return linkOfChannel.clone();
        }

        /** @return the link index of one channel, without copying */
        public int linkOf(int channel) {
            return linkOfChannel[channel];
        }
    }

    /**
     * Projects every cabled, not-broken link of {@code plan}.
     *
     * @param plan                       the routed plan
     * @param countTransceiverMatedPairs whether the two MDI matings count against the budget
     * @return the inputs
     */
    public static Inputs of(CablingPlan plan, boolean countTransceiverMatedPairs) {
        List<OpticalChannel> channels = new ArrayList<>();
        List<Integer> links = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int broken = 0;
        for (int l = 0; l < plan.linkCount(); l++) {
            int count = plan.channelCount(l);
            if (count == 0) {
                skipped.merge(plan.isRouted(l) && plan.isCopper(l) ? COPPER : NOT_CABLED, 1, Integer::sum);
                continue;
            }
            if (plan.isBrokenByDesign(l)) {
                broken++;
                continue;
            }
            for (int sub = plan.firstChannel(l); sub < plan.firstChannel(l) + count; sub++) {
                channels.add(plan.optical(sub, countTransceiverMatedPairs).orElseThrow());
                links.add(l);
            }
        }
        return new Inputs(channels, links.stream().mapToInt(Integer::intValue).toArray(), plan.linkCount(), broken,
                skipped);
    }
}
