package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
 * share the random streams of everything they have in common: the transceiver module in each port
 * ({@code xcvr:<device>:<port>}, shared by the port's MDIs and breakout links: a twin-port module fails as one), the
 * switch or NIC port at each end ({@code port:<device>:<port>}, shared likewise), each cord, jumper and assembly of
 * the channel ({@code cord:<link>:<side>}, kind CORD), a breakout harness ({@code harness:<id>}, kind CORD, shared by
 * the port's links), the trunk ({@code trunk:<id>}, shared by its links), and each cassette
 * ({@code cassette:<label>}). A copper link (architecture copper) is one lifecycle link with its cable as a part of
 * kind CORD (the cord failure rate; a split cable shared by its port's links) and its two ports, and no connections:
 * no loss, dirt or reflectance. A connection joins the parts on its two sides (replacing either re-mates it); its
 * neighbours are the matings of the plant's neighbourhood of that pair. A trunk splice is a connection of the trunk
 * alone, without neighbours (only rework and a trunk replacement re-make it; the lifecycle gives a re-made splice a
 * mating's dirt risk, a conservative simplification).
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
        if (plan.subChannelCount() == 0
                && IntStream.range(0, plan.linkCount()).noneMatch(l -> plan.isRouted(l) && plan.isCopper(l))) {
            throw new IllegalArgumentException("plan " + plan.planName() + " has no cabled link to simulate");
        }
        return new PlanLifecycleInputs(plan, countTransceiverMatedPairs);
    }

    /** The routed plan. */
    public CablingPlan plan() {
        return plan;
    }

    /**
     * The compiled lifecycle plant: links in channel order (link order, MDIs in order), then the copper links in link
     * order; components by first use.
     */
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

    /** The plan's channel index of lifecycle link {@code i}, −1 for a copper link (no channel). */
    int channel(int i) {
        return i < plan.subChannelCount() ? i : -1;
    }

    /** The tier plant of a lifecycle link. */
    TierPlant tier(int i) {
        return plan.tiers().get(index.tierIndex(i));
    }

    /** The operating optical view of fibre link {@code i} (the one its connections were laid from). */
    OpticalChannel optical(int i) {
        return plan.operatingOptical(i, countMdi);
    }

    /** Lifecycle links. */
    int size() {
        return index.linkCount();
    }

    /** The lifecycle links of one fabric tier. */
    List<Integer> linksOfTier(int tierIndex) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (index.tierIndex(i) == tierIndex) {
                out.add(i);
            }
        }
        return out;
    }
}
