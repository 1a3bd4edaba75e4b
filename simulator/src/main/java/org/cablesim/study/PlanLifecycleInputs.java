package org.cablesim.study;

import java.util.List;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.PlantIndex;
import org.cablesim.lifecycle.PlantIndexBuilder;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.TierPlant;

/**
 * Lays a routed plan under the lifecycle simulation: one lifecycle link per resolved channel (a logical link
 * with one MDI keeps its id; a twin-port link becomes {@code <id>/1} and {@code <id>/2}, whose two ports fail and
 * are repaired independently). A projection of the plant model with no physical rules of its own: every loss model,
 * reflectance, lane position, budget and reflectance rule comes from the channel's operating optical view
 * ({@link CablingPlan#operatingOptical}), the same view the loss engine reads.
 *
 * <p>What it adds is the lifecycle's naming of parts, by meaning so that two plans of one fabric run with one seed
 * share the random streams of everything they have in common: a transceiver at each MDI ({@code xcvr:<mdi>}), the
 * switch or NIC port at each end ({@code port:<device>:<port>}, shared by a port's breakout links and MDIs), each
 * cord, jumper and assembly of the channel ({@code cord:<link>:<side>}, kind CORD), the trunk ({@code trunk:<id>},
 * shared by its links), and each cassette ({@code cassette:<label>}). A connection joins the parts on its two sides
 * (replacing either re-mates it); its neighbours are the matings of the plant's neighbourhood of that pair.
 *
 * <p>The simulation reads the compiled {@link PlantIndex}, laid from each channel's shape and instance data
 * ({@link ChannelParts}) without a resolved channel object per link; {@link #plant()} lays the same plant as records.
 */
public final class PlanLifecycleInputs {
    private final CablingPlan plan;
    private final boolean countMdi;
    private final PlantIndex index;

    private PlanLifecycleInputs(CablingPlan plan, boolean countTransceiverMatedPairs) {
        this.plan = plan;
        this.countMdi = countTransceiverMatedPairs;
        PlantIndexBuilder builder = PlantIndex.builder();
        ChannelParts.lay(plan, countMdi, PlantSink.of(builder));
        this.index = builder.build();
    }

    /**
     * Builds the lifecycle inputs of a routed plan.
     *
     * @param plan                       the routed plan
     * @param countTransceiverMatedPairs whether the two MDI matings are connections of the channel
     * @return the inputs
     * @throws IllegalArgumentException when no link of the plan is cabled
     */
    public static PlanLifecycleInputs of(CablingPlan plan, boolean countTransceiverMatedPairs) {
        if (plan.subChannelCount() == 0) {
            throw new IllegalArgumentException("plan " + plan.planName() + " has no cabled link to simulate");
        }
        return new PlanLifecycleInputs(plan, countTransceiverMatedPairs);
    }

    /** The routed plan. */
    public CablingPlan plan() {
        return plan;
    }

    /** The compiled lifecycle plant: links in channel order (link order, MDIs in order), components by first use. */
    public PlantIndex index() {
        return index;
    }

    /**
     * The same plant as records (ids, components and connections spelled out), laid again on each call: for tests
     * and small plans.
     */
    public LifecyclePlant plant() {
        LifecyclePlant.Builder records = LifecyclePlant.builder();
        ChannelParts.lay(plan, countMdi, PlantSink.of(records));
        return records.build();
    }

    /** The plan's channel index of lifecycle link {@code i} (the same number: links are laid in channel order). */
    int channel(int i) {
        return i;
    }

    /** The tier plant of a lifecycle link. */
    TierPlant tier(int i) {
        return plan.tiers().get(index.tierIndex(i));
    }

    /** The operating optical view of lifecycle link {@code i} (the one its connections were laid from). */
    OpticalChannel optical(int i) {
        return plan.operatingOptical(i, countMdi);
    }

    /** Lifecycle links. */
    int size() {
        return index.linkCount();
    }

    /** The lifecycle links of one fabric tier. */
    List<Integer> linksOfTier(int tierIndex) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (index.tierIndex(i) == tierIndex) {
                out.add(i);
            }
        }
        return out;
    }
}
