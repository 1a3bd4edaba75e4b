package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.HistogramDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.TruncatedNormalDistribution;
import org.cablesim.stats.WeibullDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The catalog factory's rules and every record's validation. */
class LossModelsTest {

    @Test
    void calibratesFromMeanAndP97() {
        assertEquals(LossCalibration.gamma(0.12, 0.97, 0.25), LossModels.fromCatalog("gamma", 0.12, 0.25));
        assertEquals(LossCalibration.lognormal(0.25, 0.97, 0.5), LossModels.fromCatalog("Log_Normal", 0.25, 0.5));
        assertEquals(LossCalibration.truncatedNormal(0.25, 0.97, 0.5), LossModels.fromCatalog("TRUNCATED NORMAL", 0.25, 0.5));
    }

    @Test
    void meanOnlyIsAllowedForOneParameterFamilies() {
        assertEquals(new FixedDistribution(0.3), LossModels.fromCatalog("fixed", 0.3, Double.NaN));
        assertEquals(new FixedDistribution(0), LossModels.fromCatalog("fixed", 0, 0));
        assertEquals(new ExponentialDistribution(0.1), LossModels.fromCatalog("exponential", 0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LossModels.fromCatalog("gamma", 0.1, Double.NaN));
    }

    @Test
    void explicitParametersWinAndAreCheckedAgainstStatedFigures() {
        Map<String, Double> gradeB = Map.of("shape", 4.28, "scaleDb", 0.028);
        // the rounded published parameters give mean 0.11984 and p97 0.2497: within 1 % of the stated grade
        assertEquals(new GammaDistribution(4.28, 0.028), LossModels.fromCatalog("gamma", 0.12, 0.25, gradeB));
        assertEquals(new GammaDistribution(4.28, 0.028), LossModels.fromCatalog("gamma", Double.NaN, Double.NaN, gradeB));
        assertThrows(IllegalArgumentException.class, () -> LossModels.fromCatalog("gamma", 0.125, Double.NaN, gradeB));
        assertThrows(IllegalArgumentException.class, () -> LossModels.fromCatalog("gamma", Double.NaN, 0.26, gradeB));
    }

    @Test
    void fromParametersBuildsEveryParametricFamily() {
        assertEquals(new FixedDistribution(0.2), LossModels.fromParameters("fixed", Map.of("lossDb", 0.2)));
        assertEquals(new TruncatedNormalDistribution(0.1, 0.05), LossModels.fromParameters("truncated-normal", Map.of("muDb", 0.1, "sigmaDb", 0.05)));
        assertEquals(new LognormalDistribution(-2, 0.4), LossModels.fromParameters("lognormal", Map.of("muLogDb", -2.0, "sigmaLog", 0.4)));
        assertEquals(new GammaDistribution(4, 0.03), LossModels.fromParameters("gamma", Map.of("shape", 4.0, "scaleDb", 0.03)));
        assertEquals(new WeibullDistribution(2, 0.1), LossModels.fromParameters("weibull", Map.of("shape", 2.0, "scaleDb", 0.1)));
        assertEquals(new ExponentialDistribution(0.1), LossModels.fromParameters("exponential", Map.of("meanDb", 0.1)));
    }

    @Test
    void fromParametersRejectsMissingUnknownAndDataFamilies() {
        assertThrows(IllegalArgumentException.class, () -> LossModels.fromParameters("gamma", Map.of("shape", 4.0)));
        assertThrows(IllegalArgumentException.class, () -> LossModels.fromParameters("gamma", Map.of("shape", 4.0, "scale", 0.03)));
        assertThrows(IllegalArgumentException.class,
                () -> LossModels.fromParameters("gamma", Map.of("shape", 4.0, "scaleDb", 0.03, "meanDb", 0.12)));
        assertThrows(IllegalArgumentException.class, () -> LossModels.fromParameters("empirical", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> LossModels.fromParameters("beta", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Family.fromId(null));
    }

    @Test
    void recordsRejectInvalidParameters() {
        Executable[] bad = {
            () -> new FixedDistribution(-0.1), () -> new FixedDistribution(Double.NaN), () -> new FixedDistribution(Double.POSITIVE_INFINITY),
            () -> new ExponentialDistribution(0), () -> new GammaDistribution(0, 1), () -> new GammaDistribution(1, -1), () -> new GammaDistribution(Double.NaN, 1),
            () -> new WeibullDistribution(-1, 1), () -> new WeibullDistribution(2, 0), () -> new LognormalDistribution(Double.NaN, 1),
            () -> new LognormalDistribution(0, 0), () -> new TruncatedNormalDistribution(0.1, 0), () -> new TruncatedNormalDistribution(-3.1, 0.1),
            () -> new EmpiricalDistribution(new double[0]), () -> new EmpiricalDistribution(new double[] {0.1, -0.1}),
            () -> new EmpiricalDistribution(new double[] {0.1, Double.NaN}), () -> new EmpiricalDistribution(null),
            () -> new HistogramDistribution(new double[] {0, 1}, new long[] {1, 2}), () -> new HistogramDistribution(new double[] {0, 1, 1}, new long[] {1, 2}),
            () -> new HistogramDistribution(new double[] {-1, 0}, new long[] {1}), () -> new HistogramDistribution(new double[] {0, 1}, new long[] {0}),
            () -> new HistogramDistribution(new double[] {0, 1}, new long[] {-1}),
            () -> new GammaDistribution(1, 1).quantile(1.5), () -> new ExponentialDistribution(1).quantile(-0.1), () -> new FixedDistribution(1).quantile(Double.NaN),
        };
        for (Executable e : bad) {
            assertThrows(IllegalArgumentException.class, e);
        }
    }

    @Test
    void dataRecordsCopyTheirArrays() {
        double[] samples = {0.3, 0.1, 0.2};
        EmpiricalDistribution e = new EmpiricalDistribution(samples);
        samples[0] = 9;
        assertEquals(0.3, e.quantile(1));
        e.samples()[2] = 9;
        assertEquals(0.3, e.quantile(1));
        assertEquals(new EmpiricalDistribution(new double[] {0.1, 0.2, 0.3}), e);
        assertNotEquals(new EmpiricalDistribution(new double[] {0.1, 0.2}), e);

        long[] counts = {1, 2};
        HistogramDistribution h = new HistogramDistribution(new double[] {0, 0.1, 0.2}, counts);
        counts[0] = 100;
        h.counts()[1] = 100;
        // half of 3 observations: 1 in the first bin, then 0.5 of the 2 in [0.1, 0.2] → 0.1 + 0.25 × 0.1
        assertEquals(0.125, h.quantile(0.5), 1e-15);
        assertEquals(new HistogramDistribution(new double[] {0, 0.1, 0.2}, new long[] {1, 2}), h);
    }

    @Test
    void empiricalQuantilesAreTheLeftContinuousInverse() {
        EmpiricalDistribution e = new EmpiricalDistribution(new double[] {0.4, 0.1, 0.3, 0.2});
        assertEquals(0.1, e.quantile(0));
        assertEquals(0.1, e.quantile(0.25));
        assertEquals(0.2, e.quantile(0.2500001));
        assertEquals(0.2, e.quantile(0.5));
        assertEquals(0.4, e.quantile(1));
        assertEquals(0.5, e.survival(0.2));
        assertEquals(0.0, e.survival(0.4));
        assertEquals(1.0, e.survival(0.05));
    }

    @Test
    void histogramSkipsEmptyBins() {
        HistogramDistribution h = new HistogramDistribution(new double[] {0, 0.1, 0.2, 0.3}, new long[] {2, 0, 2});
        assertEquals(0.1, h.quantile(0.5), 1e-15); // left end of the flat part of the CDF
        assertEquals(0.2 + 0.05, h.quantile(0.75), 1e-15);
        assertEquals(0.5, h.survival(0.15), 1e-15);
        assertEquals(0.15, h.mean(), 1e-15);
    }
}
