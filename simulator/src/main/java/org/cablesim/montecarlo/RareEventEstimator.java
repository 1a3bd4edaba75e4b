package org.cablesim.montecarlo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.random.RandomStreams;
import org.cablesim.random.ReseedableStream;
import org.cablesim.random.StreamKey;
import org.cablesim.stats.Checks;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.Interval;

/**
 * Rare-event estimation of a link class's installation failure probability, down to ~1e−9.
 *
 * <ul>
 *   <li>{@link #exact}: the closed form of {@link ExactLinkLoss} (iid gamma, common scale).</li>
 *   <li>{@link #estimate}: importance sampling. Channels of independent-position connectors are split
 *       into independent lanes (lanes use distinct fibres), lanes with equal fixed loss are estimated once
 *       by {@link LaneProposal} and combined as 1 − Π(1 − p_lane); channels with Gaussian-beam MPO pairs
 *       are sampled whole by {@link ScaledOffsetProposal}.</li>
 * </ul>
 * Trials run in blocks of {@link #BLOCK_TRIALS} seeded (seed, {@value #PURPOSE}, classId + lane group,
 * block) and are added in rounds (4 blocks, then doubling) until the 95 % half-width is at most the
 * target fraction of the estimate with at least {@link #MIN_HITS} hits, or the trial cap is reached;
 * the stopping rule sees only block-ordered sums, so results do not depend on the thread count.
 */
public final class RareEventEstimator {
    /** Trials per importance-sampling block. */
    public static final int BLOCK_TRIALS = 1 << 12;
    /** Stream purpose of importance-sampling draws (not shared between variants: IS is not CRN-coupled). */
    public static final String PURPOSE = "loss-is";
    /** Fewest failure-region hits before the relative error is trusted for stopping. */
    public static final long MIN_HITS = 50;
    private static final int FIRST_ROUND_BLOCKS = 4;

    private final int threads;

    /** @param threads worker threads, &ge; 1 (results do not depend on it) */
    public RareEventEstimator(int threads) {
        Checks.atLeast("threads", threads, 1);
        this.threads = threads;
    }

    /** @return the exact failure probability when the channel is of the closed-form kind */
    public static OptionalDouble exact(LinkClass linkClass) {
        return ExactLinkLoss.failProbability(linkClass);
    }

    /** @return true if {@link #estimate} has a proposal for this channel's loss models */
    public static boolean supports(LinkClass linkClass) {
        return !linkClass.reflectanceCompliant() || laneVariables(linkClass).isPresent()
                || ScaledOffsetProposal.of(linkClass) != null;
    }

    /**
     * Estimates P(link fails) by importance sampling (never the closed form, even where it exists).
     *
     * @param linkClass               the class; {@link #supports} must hold
     * @param seed                    master seed
     * @param targetRelativeHalfWidth stop when the 95 % half-width is at most this fraction of the estimate, &gt; 0
     * @param trialCap                stop after this many trials at most (per lane group), &ge; {@link #BLOCK_TRIALS}
     * @return the estimate with its achieved relative error
     */
    public RareEventResult estimate(LinkClass linkClass, long seed, double targetRelativeHalfWidth, long trialCap) {
        if (!(targetRelativeHalfWidth > 0) || trialCap < BLOCK_TRIALS) {
            throw new IllegalArgumentException("need target > 0 and trialCap >= " + BLOCK_TRIALS);
        }
        String id = linkClass.classId();
        if (!linkClass.reflectanceCompliant()) {
            return new RareEventResult(id, 1, Interval.exact(1), 0, 0, 0, "reflectance");
        }
        RandomStreams streams = RandomStreams.of(seed);
        Optional<LaneChannel> lanes = laneVariables(linkClass);
        if (lanes.isPresent()) {
            return tiltedLanes(linkClass, lanes.get(), streams, targetRelativeHalfWidth, trialCap);
        }
        ScaledOffsetProposal proposal = ScaledOffsetProposal.of(linkClass);
        if (proposal == null) {
            throw new IllegalArgumentException(id + ": no importance-sampling proposal for these loss models");
        }
        Estimate e = adapt(streams.key(PURPOSE, id + "/link"), rng -> proposal.new Sampler(rng)::trial,
                targetRelativeHalfWidth, trialCap);
        return result(id, e.p, e.standardError, e.trials, e.hits, "scaled-offsets");
    }

    /** The random lane variables (same for every lane) and constant loss of an independent-position channel. */
    private record LaneChannel(LaneVariable[] variables, double constantDb) {
    }

    private static Optional<LaneChannel> laneVariables(LinkClass c) {
        List<LaneVariable> vars = new ArrayList<>();
        double constant = 0;
        for (MatedPairSlot slot : c.matedPairs()) {
            if (!(slot.model() instanceof IndependentPositions ip)) {
                return Optional.empty();
            }
            if (ip.perPosition() instanceof FixedDistribution f) {
                constant += f.value();
                continue;
            }
            Optional<LaneVariable> v = LaneVariables.of(ip.perPosition());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            vars.add(v.get());
        }
        return Optional.of(new LaneChannel(vars.toArray(new LaneVariable[0]), constant));
    }

    private RareEventResult tiltedLanes(LinkClass c, LaneChannel channel, RandomStreams streams, double target, long cap) {
        Map<Double, Integer> multiplicity = new LinkedHashMap<>();
        for (int lane = 0; lane < c.lanes(); lane++) {
            multiplicity.merge(c.fixedLossDb(lane), 1, Integer::sum);
        }
        double logPass = 0;
        List<double[]> groups = new ArrayList<>(); // {multiplicity, p, se}
        long trials = 0;
        long hits = 0;
        int g = 0;
        for (Map.Entry<Double, Integer> entry : multiplicity.entrySet()) {
            double slack = c.budgetDb() - entry.getKey() - channel.constantDb();
            double p;
            double se;
            if (channel.variables().length == 0) {
                p = slack < 0 ? 1 : 0;
                se = 0;
            } else {
                LaneProposal proposal = new LaneProposal(channel.variables(), slack);
                if (proposal.impossible()) {
                    p = 0;
                    se = 0;
                } else {
                    Estimate e = adapt(streams.key(PURPOSE, c.classId() + "/lane-group-" + g),
                            rng -> proposal.new Sampler(rng)::trial, target, cap);
                    p = e.p;
                    se = e.standardError;
                    trials += e.trials;
                    hits += e.hits;
                }
            }
            groups.add(new double[] {entry.getValue(), p, se});
            logPass += p >= 1 ? Double.NEGATIVE_INFINITY : entry.getValue() * Math.log1p(-p);
            g++;
        }
        double pLink = -Math.expm1(logPass);
        double variance = 0;
        for (double[] grp : groups) {
            // dP/dp_g = m_g (1 − P)/(1 − p_g): the delta method on independent group estimates
            double derivative = grp[1] >= 1 ? 0 : grp[0] * (1 - pLink) / (1 - grp[1]);
            variance += derivative * derivative * grp[2] * grp[2];
        }
        return result(c.classId(), pLink, Math.sqrt(variance), trials, hits, "tilted-lanes");
    }

    private static RareEventResult result(String id, double p, double se, long trials, long hits, String scheme) {
        double rel = p > 0 ? Interval.Z95 * se / p : Double.POSITIVE_INFINITY;
        if (se == 0 && (p == 0 || p == 1) && trials == 0) {
            rel = 0;
        }
        return new RareEventResult(id, p, Interval.normal(p, se).clippedToProbability(), rel, trials, hits, scheme);
    }

    /** Sums of one adaptive run. */
    private record Estimate(double p, double standardError, long trials, long hits) {
    }

    /** Per-thread state: one reseedable stream. */
    private static final class Worker {
        final ReseedableStream stream;

        Worker(StreamKey key) {
            stream = new ReseedableStream(key, 0);
        }
    }

    private Estimate adapt(StreamKey key, Function<UniformRandomProvider, DoubleSupplier> trialOn, double target, long cap) {
        long maxBlocks = Math.max(1, cap / BLOCK_TRIALS);
        List<double[]> sums = new ArrayList<>(); // per block {Σy, Σy², hits}
        long done = 0;
        long next = Math.min(FIRST_ROUND_BLOCKS, maxBlocks);
        while (true) {
            double[][] round = new double[(int) (next - done)][];
            long from = done;
            ParallelBlocks.run(threads, from, next, () -> new Worker(key), (w, b) -> {
                w.stream.reseed(key, b);
                DoubleSupplier trial = trialOn.apply(w.stream);
                double s1 = 0;
                double s2 = 0;
                long h = 0;
                for (int i = 0; i < BLOCK_TRIALS; i++) {
                    double y = trial.getAsDouble();
                    if (y != 0) {
                        s1 += y;
                        s2 += y * y;
                        h++;
                    }
                }
                round[(int) (b - from)] = new double[] {s1, s2, h};
            });
            for (double[] r : round) {
                sums.add(r);
            }
            done = next;
            double s1 = 0;
            double s2 = 0;
            long hits = 0;
            for (double[] r : sums) {
                s1 += r[0];
                s2 += r[1];
                hits += (long) r[2];
            }
            long n = done * BLOCK_TRIALS;
            double p = s1 / n;
            double variance = Math.max(0, (s2 / n - p * p) * n / (n - 1));
            double se = Math.sqrt(variance / n);
            boolean precise = hits >= MIN_HITS && p > 0 && Interval.Z95 * se <= target * p;
            if (precise || done >= maxBlocks) {
                return new Estimate(p, se, n, hits);
            }
            next = Math.min(maxBlocks, 2 * done);
        }
    }
}
