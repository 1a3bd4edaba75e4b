package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.montecarlo.ClassEstimate;
import org.cablesim.montecarlo.ClassLossResult;
import org.cablesim.stats.Interval;
import org.cablesim.montecarlo.LinkClass;
import org.cablesim.montecarlo.VariantComparison;
import org.cablesim.montecarlo.WeightedDifference;

/**
 * Differences of installation-loss figures between plans, with intervals from common random numbers.
 *
 * <p>A plan's expected failing links E = Σ_g n_g·P_g over its link groups (n_g links, P_g = 1 − Π(1 − p_c)
 * over the group's channel classes) is a smooth function of its class probabilities; by the delta method its
 * estimation error is Σ_c w_c·(p̂_c − p_c) with w_c = Σ_g n_g·∂P_g/∂p_c. The difference E_A − E_B takes its
 * point value from the plans' own estimates, and its variance from three parts:
 * <ul>
 *   <li>classes whose p̂ is their plain run's: a paired re-run of all of them, both plans together with the
 *       seeds of their plain runs ({@link VariantComparison#weightedDifference}); with one seed, a mated pair
 *       of the same element type (tier, role, loss class) draws alike in both plans, so the paired variance is
 *       far below the sum of the two plans' own;</li>
 *   <li>exact classes: no error;</li>
 *   <li>importance-sampling and extended plain classes (their own streams, not coupled): (w_c·se_c)² each,
 *       se_c = the class's 95 % half-width / 1.96, taken as independent of everything else.</li>
 * </ul>
 * The mean P(link fails) is E/N with N the plan's estimated links, so the same parts apply with weights w_c/N.
 */
public final class LossComparisons {
    private LossComparisons() {
    }

    /**
     * Both metrics of plan A against the baseline B.
     *
     * @param planName     A's name
     * @param a            A's estimate, from plain runs with {@code seedA}
     * @param b            the baseline's estimate, from plain runs with {@code seedB}
     * @param seedA        master seed of A's estimate
     * @param seedB        master seed of B's estimate (equal to seedA for common random numbers)
     * @param threads      worker threads, &ge; 1 (results do not depend on it)
     * @return {@link Metric#LINK_FAILURE_PROBABILITY}, then {@link Metric#EXPECTED_FAILING_LINKS}, floating-point
     *         noise removed ({@link PlanDifference#denoised})
     */
    public static List<PlanDifference> differences(String planName, PlanLoss a, PlanLoss b,
            long seedA, long seedB, int threads) {
        if (a.plainTrials() != b.plainTrials()) {
            throw new IllegalArgumentException("plans compared need the same plain trials");
        }
        double[] wA = weights(a);
        double[] wB = weights(b);
        double nA = Math.max(1, a.linksEstimated());
        double nB = Math.max(1, b.linksEstimated());
        double expectedA = a.summary().plan().expectedFailingLinks();
        double expectedB = b.summary().plan().expectedFailingLinks();
        double meanA = a.summary().plan().meanLinkFailureProbability();
        double meanB = b.summary().plan().meanLinkFailureProbability();
        double expected = expectedA - expectedB;
        double mean = meanA - meanB;
        double varExpected = independentVariance(a, wA, 1) + independentVariance(b, wB, 1);
        double varMean = independentVariance(a, wA, nA) + independentVariance(b, wB, nB);
        Paired pa = paired(a, wA);
        Paired pb = paired(b, wB);
        if (!pa.classes.isEmpty() || !pb.classes.isEmpty()) {
            long trials = Math.max(2, a.plainTrials());
            WeightedDifference e = VariantComparison.weightedDifference(pa.classes, pa.weights(1), pb.classes,
                    pb.weights(1), trials, seedA, seedB, threads);
            varExpected += e.variance() / trials;
            if (nA == nB) {
                varMean += e.variance() / trials / (nA * nA);
            } else {
                WeightedDifference m = VariantComparison.weightedDifference(pa.classes, pa.weights(nA), pb.classes,
                        pb.weights(nB), trials, seedA, seedB, threads);
                varMean += m.variance() / trials;
            }
        }
        Interval ciMean = Interval.normal(mean, Math.sqrt(varMean));
        Interval ciExpected = Interval.normal(expected, Math.sqrt(varExpected));
        return List.of(
                PlanDifference.denoised(planName, Metric.LINK_FAILURE_PROBABILITY, mean, ciMean,
                        Math.max(Math.abs(meanA), Math.abs(meanB))),
                PlanDifference.denoised(planName, Metric.EXPECTED_FAILING_LINKS, expected, ciExpected,
                        Math.max(Math.abs(expectedA), Math.abs(expectedB))));
    }

    /** w_c = Σ_g n_g·∂P_g/∂p_c, with ∂P_g/∂p_c = Σ over c's places in g of Π over the other places (1 − p). */
    static double[] weights(PlanLoss plan) {
        double[] w = new double[plan.classes().size()];
        for (LinkGroup g : plan.groups()) {
            int[] k = g.classes();
            for (int j = 0; j < k.length; j++) {
                double others = 1;
                for (int i = 0; i < k.length; i++) {
                    if (i != j) {
                        others *= 1 - plan.estimates().get(k[i]).result().failProbability();
                    }
                }
                w[k[j]] += g.result().memberCount() * others;
            }
        }
        return w;
    }

    private static double independentVariance(PlanLoss plan, double[] w, double divisor) {
        double v = 0;
        for (int c = 0; c < w.length; c++) {
            ClassEstimate e = plan.estimates().get(c);
            ClassLossResult r = e.result();
            if (e.probabilityFromPlainRun() || r.ci95().halfWidth() == 0) {
                continue;
            }
            double se = r.ci95().halfWidth() / Interval.Z95 * w[c] / divisor;
            v += se * se;
        }
        return v;
    }

    /** The classes whose estimate is their plain run's, with their weights. */
    private record Paired(List<LinkClass> classes, double[] rawWeights) {
        double[] weights(double divisor) {
            double[] out = rawWeights.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] /= divisor;
            }
            return out;
        }
    }

    private static Paired paired(PlanLoss plan, double[] w) {
        List<LinkClass> classes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int c = 0; c < w.length; c++) {
            if (plan.estimates().get(c).probabilityFromPlainRun() && w[c] != 0) {
                classes.add(plan.classes().get(c));
                weights.add(w[c]);
            }
        }
        return new Paired(classes, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
