package org.cablesim.study;

import java.util.List;
import org.cablesim.catalog.Pmd;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.TierSpec;

/**
 * An up-front estimate of the computing a scenario asks for, from its records alone (no fabric is generated),
 * so that a run that would take days or more memory than the machine has is refused before it starts.
 * Estimates are deliberately on the low side (e.g. one loss class per tier and plan, plain trials only): a
 * refusal should be certain, not a guess. Every cost constant was measured on the project's 2-core machine
 * (OpenJDK 17) with the {@code bench} commands named beside it.
 *
 * @param links            logical links of one fabric (all tiers)
 * @param channels         routed channels (links × MDIs of the tier's PMD)
 * @param plans            plan variants per study point
 * @param points           study points: 1 + sweep points
 * @param lossTrials       plain Monte Carlo trials, all points and plans (at least one class per tier)
 * @param lifecycleEvents  discrete events of the lifecycle simulation, all points, plans and replications
 * @param plantSeconds     CPU seconds to generate, route, check and count every point's plans
 * @param lossSeconds      CPU seconds of the loss estimates
 * @param lifecycleSeconds CPU seconds of the lifecycle simulations
 * @param heapBytes        Java heap the largest point needs while its plans run side by side
 */
public record WorkEstimate(long links, long channels, int plans, int points, double lossTrials,
        double lifecycleEvents, double plantSeconds, double lossSeconds, double lifecycleSeconds, double heapBytes) {

    /** {@code bench plant --gpus 100000}: fabric 0.43 s + route/check/count 1.91 s for 203,776 links, 1 thread. */
    static final double PLANT_SECONDS_PER_LINK = 11.5e-6;
    /** {@code bench loss --gpus 100000}: 17.1 M trials (8-lane channels) in 3.52 s on 2 threads = 0.41 µs each. */
    static final double LOSS_SECONDS_PER_TRIAL = 0.41e-6;
    /** {@code bench lifecycle --gpus 100000}: 8.4 s to lay the lifecycle plant of 306,848 channels. */
    static final double LIFECYCLE_BUILD_SECONDS_PER_CHANNEL = 27e-6;
    /** {@code bench lifecycle --gpus 100000 --years 5}: 3.78 M events in 5.97 s = 633,700 events/s. */
    static final double LIFECYCLE_SECONDS_PER_EVENT = 1.58e-6;
    /**
     * Turn-up events per channel and replication, and the operation events per channel-year per unit of
     * {flaps + 10 × Σ failure rates}: fitted to {@code bench lifecycle --gpus 100000} at 1 year (1.25 M events)
     * and 5 years (3.78 M events) with the default rates (2 flaps, Σ failures 0.0057 per year).
     */
    static final double TURN_UP_EVENTS_PER_CHANNEL = 2.0;
    static final double FAILURE_EVENT_WEIGHT = 10;
    /**
     * {@code bench plant --gpus 100000}: peak heap 490 MiB for a 203,776-link fabric and one routed plan
     * (2.5 KB per link); {@code run scenarios/ai-100k.yaml} (203,776 links, two plans side by side, 2 threads)
     * peaks at 1,258 MiB live heap after GC (it fails with -Xmx1200m, runs with -Xmx2g): about 2 KB more per
     * link and plan running.
     */
    static final double HEAP_BYTES_PER_LINK = 2_500;
    static final double HEAP_BYTES_PER_LINK_AND_PLAN = 2_000;
    static final double HEAP_BASE_BYTES = 128.0 * 1024 * 1024;

    /**
     * Estimates the work of {@code scenario} and of every sweep point's scenario.
     *
     * @param points  the scenario itself, then one scenario per sweep point (may be just the scenario)
     * @param threads worker threads the run will use, ≥ 1 (plans run side by side up to this many)
     */
    public static WorkEstimate of(List<Scenario> points, int threads) {
        if (points.isEmpty() || threads < 1) {
            throw new IllegalArgumentException("need at least one scenario and one thread");
        }
        long maxLinks = 0;
        long maxChannels = 0;
        int maxPlans = 0;
        double trials = 0;
        double events = 0;
        double plant = 0;
        double lifecycleBuild = 0;
        double heap = 0;
        for (Scenario s : points) {
            long[] size = linksAndChannels(s);
            int plans = s.plans().size();
            maxLinks = Math.max(maxLinks, size[0]);
            maxChannels = Math.max(maxChannels, size[1]);
            maxPlans = Math.max(maxPlans, plans);
            trials += (double) plans * s.fabric().tiers().size() * s.montecarlo().trials();
            events += plans * lifecycleEventsPerPlan(s.lifecycle(), size[1]);
            // A growing cluster routes every phase twice per plan (GrowthCabling), each at most the last's size.
            int routings = s.growth().grows() ? 2 * (s.growth().phases().size() + 1) : 1;
            plant += (double) size[0] * (1 + plans * routings) * PLANT_SECONDS_PER_LINK;
            lifecycleBuild += (double) size[1] * plans * LIFECYCLE_BUILD_SECONDS_PER_CHANNEL;
            heap = Math.max(heap, HEAP_BASE_BYTES + size[0] * (HEAP_BYTES_PER_LINK
                    + Math.min(plans, threads) * HEAP_BYTES_PER_LINK_AND_PLAN));
        }
        return new WorkEstimate(maxLinks, maxChannels, maxPlans, points.size(), trials, events, plant,
                trials * LOSS_SECONDS_PER_TRIAL, lifecycleBuild + events * LIFECYCLE_SECONDS_PER_EVENT, heap);
    }

    /** CPU seconds of all stages. */
    public double cpuSeconds() {
        return plantSeconds + lossSeconds + lifecycleSeconds;
    }

    /** Wall-clock seconds on {@code threads} workers, assuming the stages scale with threads. */
    public double wallSeconds(int threads) {
        return cpuSeconds() / Math.max(1, threads);
    }

    /** The stage with the most CPU seconds: {@code plant}, {@code loss} or {@code lifecycle}. */
    public String dominantStage() {
        if (lifecycleSeconds >= lossSeconds && lifecycleSeconds >= plantSeconds) {
            return "lifecycle";
        }
        return lossSeconds >= plantSeconds ? "loss" : "plant";
    }

    private static double lifecycleEventsPerPlan(LifecycleSpec life, long channels) {
        double failureRates = 0;
        for (FailureLawSpec law : life.failures().values()) {
            failureRates += law.perYear();
        }
        double perChannelYear = life.flaps().perLinkYear() + FAILURE_EVENT_WEIGHT * failureRates;
        double years = life.horizonDays() / 365.25;
        return (double) channels * life.replications() * (TURN_UP_EVENTS_PER_CHANNEL + years * perChannelYear);
    }

    /**
     * Links and channels from the cluster and fabric records: every NIC has one server–leaf link; each tier
     * above carries the tier below's bandwidth divided by the leaf oversubscription (first step only) in links
     * of its own speed. A 3-tier fabric small enough for 2 tiers is counted with its third tier (an over-count). A
     * growing cluster is counted at its last phase's size.
     */
    /** Channels per link of a tier: its PMD's MDIs, shared out among a broken-out port's links. */
    private static int channelsPerLink(Pmd pmd, TierSpec tier) {
        try {
            return org.cablesim.catalog.PortShare.channelsPerLink(pmd, tier.breakout(),
                    org.cablesim.catalog.PortShare.mode(pmd, tier.linkSpeedGbps(), tier.breakout()));
        } catch (IllegalArgumentException e) {
            return pmd.mdiConnectorCount();
        }
    }

    static long[] linksAndChannels(Scenario scenario) {
        FabricSpec fabric = scenario.fabric();
        List<GrowthPhaseSpec> phases = scenario.growth().phases();
        int servers = phases.isEmpty() ? scenario.cluster().servers() : phases.get(phases.size() - 1).servers();
        double links = (double) servers * scenario.cluster().nicsPerServer();
        double total = 0;
        double channels = 0;
        for (int t = 0; t < fabric.tiers().size(); t++) {
            TierSpec tier = fabric.tiers().get(t);
            if (t > 0) {
                TierSpec below = fabric.tiers().get(t - 1);
                links = Math.ceil(links * below.linkSpeedGbps() / tier.linkSpeedGbps()
                        / (t == 1 ? fabric.oversubscription() : 1));
            }
            int mdis = scenario.catalog().findPmd(tier.pmdId()).map(p -> channelsPerLink(p, tier)).orElse(1);
            total += links;
            channels += links * mdis;
        }
        return new long[] {(long) Math.min(total, Long.MAX_VALUE), (long) Math.min(channels, Long.MAX_VALUE)};
    }
}
