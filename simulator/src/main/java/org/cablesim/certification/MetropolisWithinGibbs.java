package org.cablesim.certification;

import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Metropolis-within-Gibbs sampler of the as-built model. Each measured fibre ℓ has known loss F_ℓ and crosses mated
 * pairs j with latent losses X_ℓj ~ Gamma(k_c, μ_c/k_c) of their class c; the OLTS result is
 * Y_ℓ ~ N(F_ℓ + Σ_j X_ℓj, σ²), an OTDR event E_ℓj ~ N(X_ℓj, σ_e²). One sweep updates every latent by a random-walk
 * Metropolis step, then each class's log μ and log k by one step each (from the sufficient statistics n, Σx,
 * Σ log x of its latents). Step sizes adapt during burn-in only (towards 44 % acceptance), so the kept chain is a
 * plain Metropolis-within-Gibbs chain with the posterior as its stationary law.
 */
final class MetropolisWithinGibbs {
    private static final double TARGET_ACCEPTANCE = 0.44;
    private static final int ADAPT_EVERY = 50;
    /** Sweeps between recomputations of the running sums (they would otherwise gather rounding error). */
    private static final int RESUM_EVERY = 100;

    private final int lanes;
    private final double[] residual;
    private final int[] first;
    private final int[] count;
    private final int[] classOf;
    private final double[] event;
    private final GammaPrior[] priors;
    private final double sigma;
    private final double sigmaEvent;

    private final double[] x;
    private final double[] laneSum;
    private final double[] logMean;
    private final double[] logShape;
    private final double[] n;
    private final double[] sumX;
    private final double[] sumLogX;
    private final double[] stepX;
    private final double[] stepMean;
    private final double[] stepShape;

    /**
     * @param observations measured fibres
     * @param classIds     the classes, indexing {@code priors}
     * @param priors       prior of each class, same order
     * @param settings     noise levels
     */
    MetropolisWithinGibbs(List<LaneObservation> observations, List<String> classIds, GammaPrior[] priors,
            UpdateSettings settings) {
        this.lanes = observations.size();
        this.priors = priors.clone();
        this.sigma = settings.measurementSdDb();
        this.sigmaEvent = settings.otdrSdDb();
        this.residual = new double[lanes];
        this.first = new int[lanes];
        this.count = new int[lanes];
        int total = 0;
        for (int l = 0; l < lanes; l++) {
            LaneObservation o = observations.get(l);
            residual[l] = o.lossDb() - o.fixedLossDb();
            first[l] = total;
            count[l] = o.classes().size();
            total += count[l];
        }
        this.classOf = new int[total];
        this.event = new double[total];
        this.x = new double[total];
        int classes = priors.length;
        this.n = new double[classes];
        this.sumX = new double[classes];
        this.sumLogX = new double[classes];
        this.logMean = new double[classes];
        this.logShape = new double[classes];
        this.stepX = new double[classes];
        this.stepMean = new double[classes];
        this.stepShape = new double[classes];
        this.laneSum = new double[lanes];
        for (int c = 0; c < classes; c++) {
            logMean[c] = Math.log(priors[c].meanDb());
            logShape[c] = Math.log(priors[c].shape());
            stepX[c] = sigma;
            stepMean[c] = 0.1;
            stepShape[c] = 0.2;
        }
        for (int l = 0; l < lanes; l++) {
            LaneObservation o = observations.get(l);
            double[] e = o.eventLossDb();
            for (int j = 0; j < count[l]; j++) {
                int i = first[l] + j;
                classOf[i] = classIds.indexOf(o.classes().get(j));
                event[i] = e[j];
                double start = Double.isFinite(e[j]) ? e[j] : priors[classOf[i]].meanDb();
                x[i] = Math.max(1e-3, start);
                laneSum[l] += x[i];
                add(classOf[i], x[i], 1);
            }
        }
    }

    private void add(int c, double v, int sign) {
        n[c] += sign;
        sumX[c] += sign * v;
        sumLogX[c] += sign * Math.log(v);
    }

    /**
     * Runs the chain.
     *
     * @return {@code [class][0 = mean μ, 1 = shape k][kept sweep]}
     */
    double[][][] run(UniformRandomProvider rng, int burnIn, int samples) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int classes = priors.length;
        double[][][] draws = new double[classes][2][samples];
        long[] acceptX = new long[classes];
        long[] triesX = new long[classes];
        int[][] acceptTheta = new int[classes][2];
        for (int sweep = 0; sweep < burnIn + samples; sweep++) {
            for (int l = 0; l < lanes; l++) {
                for (int i = first[l]; i < first[l] + count[l]; i++) {
                    int c = classOf[i];
                    triesX[c]++;
                    double proposal = x[i] + stepX[c] * gauss.sample();
                    if (proposal > 0 && Math.log(rng.nextDouble()) < latentLogTarget(l, i, proposal)
                            - latentLogTarget(l, i, x[i])) {
                        laneSum[l] += proposal - x[i];
                        add(c, x[i], -1);
                        add(c, proposal, 1);
                        x[i] = proposal;
                        acceptX[c]++;
                    }
                }
            }
            for (int c = 0; c < classes; c++) {
                if (n[c] == 0) {
                    continue;
                }
                double m = logMean[c] + stepMean[c] * gauss.sample();
                if (Math.log(rng.nextDouble()) < classLogTarget(c, m, logShape[c])
                        - classLogTarget(c, logMean[c], logShape[c])) {
                    logMean[c] = m;
                    acceptTheta[c][0]++;
                }
                double s = logShape[c] + stepShape[c] * gauss.sample();
                if (Math.log(rng.nextDouble()) < classLogTarget(c, logMean[c], s)
                        - classLogTarget(c, logMean[c], logShape[c])) {
                    logShape[c] = s;
                    acceptTheta[c][1]++;
                }
            }
            if ((sweep + 1) % RESUM_EVERY == 0) {
                resum();
            }
            if (sweep < burnIn && (sweep + 1) % ADAPT_EVERY == 0) {
                for (int c = 0; c < classes; c++) {
                    stepX[c] = adapt(stepX[c], triesX[c] == 0 ? TARGET_ACCEPTANCE : (double) acceptX[c] / triesX[c]);
                    stepMean[c] = adapt(stepMean[c], (double) acceptTheta[c][0] / ADAPT_EVERY);
                    stepShape[c] = adapt(stepShape[c], (double) acceptTheta[c][1] / ADAPT_EVERY);
                    acceptX[c] = 0;
                    triesX[c] = 0;
                    acceptTheta[c][0] = 0;
                    acceptTheta[c][1] = 0;
                }
            }
            if (sweep >= burnIn) {
                for (int c = 0; c < classes; c++) {
                    draws[c][0][sweep - burnIn] = Math.exp(logMean[c]);
                    draws[c][1][sweep - burnIn] = Math.exp(logShape[c]);
                }
            }
        }
        return draws;
    }

    private void resum() {
        java.util.Arrays.fill(n, 0);
        java.util.Arrays.fill(sumX, 0);
        java.util.Arrays.fill(sumLogX, 0);
        for (int l = 0; l < lanes; l++) {
            laneSum[l] = 0;
            for (int i = first[l]; i < first[l] + count[l]; i++) {
                laneSum[l] += x[i];
                add(classOf[i], x[i], 1);
            }
        }
    }

    private static double adapt(double step, double acceptance) {
        return step * Math.exp(acceptance - TARGET_ACCEPTANCE);
    }

    /** log density of latent i (of fibre l) at v, up to a constant: gamma prior, OLTS and OTDR likelihoods. */
    private double latentLogTarget(int l, int i, double v) {
        int c = classOf[i];
        double k = Math.exp(logShape[c]);
        double rate = k / Math.exp(logMean[c]);
        double r = residual[l] - (laneSum[l] - x[i] + v);
        double lt = (k - 1) * Math.log(v) - rate * v - r * r / (2 * sigma * sigma);
        if (Double.isFinite(event[i])) {
            double d = event[i] - v;
            lt -= d * d / (2 * sigmaEvent * sigmaEvent);
        }
        return lt;
    }

    /** log posterior of class c's (log μ, log k) given its latents, up to a constant. */
    private double classLogTarget(int c, double m, double s) {
        GammaPrior p = priors[c];
        double k = Math.exp(s);
        double mu = Math.exp(m);
        double dm = (m - Math.log(p.meanDb())) / p.sdLogMean();
        double ds = (s - Math.log(p.shape())) / p.sdLogShape();
        double logLik = n[c] * (k * Math.log(k) - k * m - Gamma.logGamma(k)) + (k - 1) * sumLogX[c] - k / mu * sumX[c];
        return logLik - 0.5 * (dm * dm + ds * ds);
    }
}
