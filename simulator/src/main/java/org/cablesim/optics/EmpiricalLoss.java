package org.cablesim.optics;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.stats.Checks;

/**
 * The empirical distribution of user-supplied loss measurements: each sample has probability 1/n,
 * quantiles are exact on the empirical CDF, sampling draws one measurement uniformly (inverse CDF of
 * the step function).
 *
 * @param samplesDb measured losses in dB, at least one, each finite and &ge; 0; stored sorted, copied in and out
 */
public record EmpiricalLoss(double[] samplesDb) implements LossModel {
    public EmpiricalLoss {
        if (samplesDb == null || samplesDb.length == 0) {
            throw new IllegalArgumentException("an empirical loss needs at least one sample");
        }
        samplesDb = samplesDb.clone();
        for (double s : samplesDb) {
            Checks.nonNegative("every sample", s);
        }
        Arrays.sort(samplesDb);
    }

    /** @return a sorted copy of the samples in dB */
    @Override
    public double[] samplesDb() {
        return samplesDb.clone();
    }

    /** @return the number of samples */
    public int size() {
        return samplesDb.length;
    }

    @Override
    public double mean() {
        // two-pass mean: the residual sum corrects the rounding of the first pass
        double m = plainMean();
        double r = 0;
        for (double s : samplesDb) {
            r += s - m;
        }
        return m + r / samplesDb.length;
    }

    private double plainMean() {
        double sum = 0;
        for (double s : samplesDb) {
            sum += s;
        }
        return sum / samplesDb.length;
    }

    /** @return the variance of the empirical measure (divisor n, not n − 1) in dB² */
    @Override
    public double variance() {
        double m = mean();
        double ss = 0;
        for (double s : samplesDb) {
            ss += (s - m) * (s - m);
        }
        return ss / samplesDb.length;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        int n = samplesDb.length;
        // smallest k in 1..n with k/n >= p, decided by the same double comparison a reader would make
        int k = (int) Math.ceil(p * n);
        if (k > 1 && (double) (k - 1) / n >= p) {
            k--;
        }
        if (k < n && (double) k / n < p) {
            k++;
        }
        return samplesDb[Math.max(k, 1) - 1];
    }

    @Override
    public double survival(double xDb) {
        return (double) (samplesDb.length - countAtMost(xDb)) / samplesDb.length;
    }

    private int countAtMost(double xDb) {
        int lo = 0;
        int hi = samplesDb.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (samplesDb[mid] <= xDb) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public LossSampler sampler(UniformRandomProvider rng) {
        double[] sorted = samplesDb;
        int n = sorted.length;
        return () -> sorted[rng.nextInt(n)];
    }

    @Override
    public String family() {
        return LossFamily.EMPIRICAL.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmpiricalLoss other && Arrays.equals(samplesDb, other.samplesDb);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samplesDb);
    }

    @Override
    public String toString() {
        return "EmpiricalLoss[n=" + samplesDb.length + ", min=" + samplesDb[0] + ", max=" + samplesDb[samplesDb.length - 1] + "]";
    }
}
