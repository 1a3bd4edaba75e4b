package org.cablesim.certification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.montecarlo.ExactLinkLoss;
import org.cablesim.optics.MatedPairSampler;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.random.RandomStreams;
import org.cablesim.stats.Checks;

/**
 * Quantiles of the connection part of each lane's loss (the sum over a channel's mated pairs of the loss at the
 * lane's position), from the channel's optical view: exact where every pair is an independent-position gamma of one
 * common scale ({@link ExactLinkLoss#gammaSum}), otherwise by Monte Carlo with a fixed number of trials drawn from
 * the named stream ({@code "test-limits"}, connection key), so the figures do not depend on the order channels are
 * visited. Channels with the same connections share one computation.
 */
public final class LaneLossQuantiles {
    /** Method id of closed-form quantiles. */
    public static final String EXACT = "exact";
    /** Method id of Monte Carlo quantiles. */
    public static final String MONTE_CARLO = "monte-carlo";
    /** Most Monte Carlo trials per set of connections (the draws are held in memory to sort). */
    public static final long MAX_TRIALS = 100_000_000;
    /** Random-stream purpose of the Monte Carlo draws. */
    public static final String STREAM = "test-limits";

    /**
     * The quantiles of every lane's connection loss.
     *
     * @param p50Db  median per lane, dB
     * @param p99Db  99th percentile per lane, dB
     * @param method {@link #EXACT} or {@link #MONTE_CARLO}
     */
    public record Quantiles(double[] p50Db, double[] p99Db, String method) {
        public Quantiles {
            p50Db = p50Db.clone();
            p99Db = p99Db.clone();
        }

        @Override
        public double[] p50Db() {
            return p50Db.clone();
        }

        @Override
        public double[] p99Db() {
            return p99Db.clone();
        }

        /** The median of one lane, dB. */
        public double p50Db(int lane) {
            return p50Db[lane];
        }

        /** The 99th percentile of one lane, dB. */
        public double p99Db(int lane) {
            return p99Db[lane];
        }
    }

    private final RandomStreams streams;
    private final long trials;
    private final Map<String, Quantiles> cache = new ConcurrentHashMap<>();

    /**
     * @param seed   master seed of the Monte Carlo streams
     * @param trials Monte Carlo trials per distinct set of connections, 1000..10⁸
     */
    public LaneLossQuantiles(long seed, long trials) {
        Checks.atLeast("trials", trials, 1000);
        if (trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be <= " + MAX_TRIALS + ", was " + trials);
        }
        this.streams = RandomStreams.of(seed);
        this.trials = trials;
    }

    /**
     * @param connections the channel's mated pairs, each mapping every lane
     * @param lanes       lanes of the channel, ≥ 1
     * @return the quantiles of each lane's connection loss (0 for a channel without connections)
     */
    public Quantiles of(List<OpticalConnection> connections, int lanes) {
        StringBuilder key = new StringBuilder().append(lanes);
        for (OpticalConnection c : connections) {
            key.append('|').append(c.elementType()).append(':').append(c.positions())
                    .append(Arrays.toString(c.positionOfLane()));
        }
        return cache.computeIfAbsent(key.toString(), k -> compute(k, connections, lanes));
    }

    private Quantiles compute(String key, List<OpticalConnection> connections, int lanes) {
        Optional<ExactLinkLoss.GammaSum> exact = ExactLinkLoss.gammaSum(connections.stream()
                .map(OpticalConnection::model).toList());
        if (exact.isPresent()) {
            ExactLinkLoss.GammaSum g = exact.get();
            double p50 = g.constantDb() + gammaQuantile(g, 0.5);
            double p99 = g.constantDb() + gammaQuantile(g, 0.99);
            double[] a = new double[lanes];
            double[] b = new double[lanes];
            Arrays.fill(a, p50);
            Arrays.fill(b, p99);
            return new Quantiles(a, b, EXACT);
        }
        return monteCarlo(key, connections, lanes);
    }

    private static double gammaQuantile(ExactLinkLoss.GammaSum g, double p) {
        return g.shape() == 0 ? 0 : org.apache.commons.statistics.distribution.GammaDistribution
                .of(g.shape(), g.scaleDb()).inverseCumulativeProbability(p);
    }

    private Quantiles monteCarlo(String key, List<OpticalConnection> connections, int lanes) {
        UniformRandomProvider rng = streams.stream(STREAM, key, 0);
        int n = (int) trials;
        MatedPairSampler[] samplers = new MatedPairSampler[connections.size()];
        int[][] positionOfLane = new int[connections.size()][];
        int maxPositions = 1;
        for (int j = 0; j < samplers.length; j++) {
            samplers[j] = connections.get(j).model().sampler(rng);
            positionOfLane[j] = connections.get(j).positionOfLane();
            maxPositions = Math.max(maxPositions, connections.get(j).positions());
        }
        double[][] sums = new double[lanes][n];
        double[] pair = new double[maxPositions];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < samplers.length; j++) {
                samplers[j].fill(pair, connections.get(j).positions());
                for (int lane = 0; lane < lanes; lane++) {
                    sums[lane][t] += pair[positionOfLane[j][lane]];
                }
            }
        }
        double[] p50 = new double[lanes];
        double[] p99 = new double[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            Arrays.sort(sums[lane]);
            p50[lane] = empiricalQuantile(sums[lane], 0.5);
            p99[lane] = empiricalQuantile(sums[lane], 0.99);
        }
        return new Quantiles(p50, p99, MONTE_CARLO);
    }

    /** The left-continuous inverse of the empirical CDF of sorted values: the ⌈p·n⌉-th smallest. */
    static double empiricalQuantile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
