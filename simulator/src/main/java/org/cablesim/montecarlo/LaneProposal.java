package org.cablesim.montecarlo;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Importance sampling of one lane's failure P(Σ connector losses &gt; slack) for independent connectors:
 * a defensive mixture of product proposals, weighted by the balance heuristic (the likelihood ratio
 * is nominal density over the whole mixture density, so it is bounded by 1/w_nominal).
 *
 * <p>Components: the nominal law (weight {@value #NOMINAL_WEIGHT}); a "shared" component that moves
 * every connector to μ_s + α·σ_s with α chosen so the locations sum to the slack (for identical
 * tilted connectors this is the saddlepoint tilt: the tilted mean of the lane sum sits at the budget);
 * and, when some connector is Gaussian-driven (lognormal, Weibull, histogram — tails that may be
 * heavier than exponential, where one large connector rather than all moderately large ones is the
 * likely way to fail), one "jump" component per connector that moves it alone to carry the whole
 * excess. Every log density ratio is linear in the drivers, so it is precomputed as slope and intercept.
 */
final class LaneProposal {
    static final double NOMINAL_WEIGHT = 0.1;
    static final double JUMP_WEIGHT = 0.3;

    private final LaneVariable[] variables;
    private final double slackDb;
    private final double[] weights;
    private final double[] cumulativeWeights;
    private final double[][] parameters;   // [component][variable]
    private final double[] intercepts;     // [component] Σ_s logRatio(θ_js, 0)
    private final double[][] slopes;       // [component][variable]
    private final boolean impossible;

    /**
     * @param variables the lane's random connector losses, at least one
     * @param slackDb   budget minus all constant losses of the lane, dB
     */
    LaneProposal(LaneVariable[] variables, double slackDb) {
        this.variables = variables.clone();
        this.slackDb = slackDb;
        int n = variables.length;
        double meanSum = 0;
        double supSum = 0;
        boolean heavy = false;
        for (LaneVariable v : variables) {
            meanSum += v.mean();
            supSum += v.supremum();
            heavy |= v.gaussianDriven();
        }
        this.impossible = supSum <= slackDb;
        double excess = slackDb - meanSum;
        boolean rare = excess > 0 && !impossible;
        boolean jumps = rare && heavy && n >= 2;
        int components = !rare ? 1 : jumps ? 2 + n : 2;
        parameters = new double[components][n];
        weights = new double[components];
        weights[0] = rare ? NOMINAL_WEIGHT : 1;
        if (rare) {
            double alpha = sharedAlpha(excess);
            for (int s = 0; s < n; s++) {
                LaneVariable v = variables[s];
                parameters[1][s] = v.parameterFor(v.mean() + alpha * v.sd());
            }
            weights[1] = 1 - NOMINAL_WEIGHT - (jumps ? JUMP_WEIGHT : 0);
            if (jumps) {
                for (int s = 0; s < n; s++) {
                    parameters[2 + s][s] = variables[s].parameterFor(variables[s].mean() + excess);
                    weights[2 + s] = JUMP_WEIGHT / n;
                }
            }
        }
        cumulativeWeights = new double[components];
        double c = 0;
        for (int j = 0; j < components; j++) {
            c += weights[j];
            cumulativeWeights[j] = c;
        }
        cumulativeWeights[components - 1] = 1;
        intercepts = new double[components];
        slopes = new double[components][n];
        for (int j = 0; j < components; j++) {
            for (int s = 0; s < n; s++) {
                double a = variables[s].logRatio(parameters[j][s], 0);
                intercepts[j] += a;
                slopes[j][s] = variables[s].logRatio(parameters[j][s], 1) - a;
            }
        }
    }

    /** α ≥ 0 with Σ min(μ_s + α·σ_s, cap_s) = μ-sum + excess, caps just below bounded supremums. */
    private double sharedAlpha(double excess) {
        double target = slackDb;
        double lo = 0;
        double hi = 1;
        while (locationSum(hi) < target && hi < 1e9) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (locationSum(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private double locationSum(double alpha) {
        double sum = 0;
        for (LaneVariable v : variables) {
            double cap = v.supremum() < Double.POSITIVE_INFINITY ? v.mean() + 0.999 * (v.supremum() - v.mean()) : Double.POSITIVE_INFINITY;
            sum += Math.min(v.mean() + alpha * v.sd(), cap);
        }
        return sum;
    }

    /** @return true if the lane can never fail (bounded losses whose maxima sum to at most the slack) */
    boolean impossible() {
        return impossible;
    }

    int components() {
        return weights.length;
    }

    /** One thread's sampler of this proposal, rebuilt per block on a reseeded stream. */
    final class Sampler {
        private final UniformRandomProvider rng;
        private final LaneVariable.DriverSampler[][] samplers;
        private final double[] drivers = new double[variables.length];
        private final double[] logs = new double[weights.length];

        Sampler(UniformRandomProvider rng) {
            this.rng = rng;
            samplers = new LaneVariable.DriverSampler[weights.length][variables.length];
            for (int j = 0; j < weights.length; j++) {
                for (int s = 0; s < variables.length; s++) {
                    samplers[j][s] = variables[s].sampler(rng, parameters[j][s]);
                }
            }
        }

        /** @return the weighted failure indicator of one trial: 0, or the likelihood ratio when the lane fails */
        double trial() {
            double u = rng.nextDouble();
            int j = 0;
            while (u >= cumulativeWeights[j]) {
                j++;
            }
            double sum = 0;
            LaneVariable.DriverSampler[] row = samplers[j];
            for (int s = 0; s < variables.length; s++) {
                double d = row[s].sample();
                drivers[s] = d;
                sum += variables[s].loss(d);
            }
            if (!(sum > slackDb)) {
                return 0;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < weights.length; c++) {
                double l = intercepts[c];
                double[] slope = slopes[c];
                for (int s = 0; s < variables.length; s++) {
                    l += slope[s] * drivers[s];
                }
                logs[c] = l;
                max = Math.max(max, l);
            }
            double mix = 0;
            for (int c = 0; c < weights.length; c++) {
                mix += weights[c] * Math.exp(logs[c] - max);
            }
            return Math.exp(-max) / mix;
        }
    }
}
