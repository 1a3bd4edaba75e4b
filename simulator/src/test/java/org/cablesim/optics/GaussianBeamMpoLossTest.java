package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.Sampler;
import org.junit.jupiter.api.Test;

/**
 * The MT-ferrule physics model. Statistical assertions use ±4.5 standard-error bands (two-sided
 * false-failure rate ≈ 6.8e−6 each, see {@link SampleChecks}) or the 1e−5 chi-square critical value,
 * with fixed seeds; about 40 such assertions here, ≈ 3e−4 for the class for a random seed.
 */
class GaussianBeamMpoLossTest {
    private static final double DB = 10 / Math.log(10);
    private static final double W = 4.6;

    private static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /** Draws {@code pairs} mated pairs; row k holds the losses of position k. */
    private static double[][] drawByPosition(MatedPairLossModel model, long seed, int pairs, int positions) {
        MatedPairSampler s = model.sampler(rng(seed));
        double[] one = new double[positions];
        double[][] byPosition = new double[positions][pairs];
        for (int j = 0; j < pairs; j++) {
            s.fill(one, positions);
            for (int k = 0; k < positions; k++) {
                byPosition[k][j] = one[k];
            }
        }
        return byPosition;
    }

    @Test
    void zeroMeanOffsetsAloneGiveExponentialLanes() {
        double sigma = 0.5;
        GaussianBeamMpoLoss model = GaussianBeamMpoLoss.offsetOnly(1310, 9.2, sigma);
        double mean = DB * 2 * sigma * sigma / (W * W);
        assertEquals(mean, model.meanAtPosition(0, 12), 1e-15);
        assertEquals(mean, model.meanAtPosition(6, 12), 1e-15);

        int pairs = 400_000;
        double[][] x = drawByPosition(model, 11, pairs, 12);
        for (int k = 1; k < 12; k++) {
            assertArrayEquals(x[0], x[k], "only a common offset: every lane of a pair sees the same loss");
        }
        double[] lane = x[0];
        SampleChecks.assertMean("exponential lane", lane, mean, mean * mean);
        SampleChecks.assertVariance("exponential lane", lane, mean * mean, 9 * Math.pow(mean, 4)); // exponential μ4 = 9 m⁴
        SampleChecks.assertQuantile("exponential p97", lane, -Math.log(0.03) * mean, 0.97);
        double[] cells = new double[50];
        Arrays.fill(cells, 1.0 / 50);
        SampleChecks.assertChiSquare("exponential shape", SampleChecks.equiprobableCounts(lane, new ExponentialDistribution(mean), 50), cells);

        // p97/mean of the sample: delta method, relative sd of the mean 1/√n and of the p97
        // sqrt(0.97·0.03/n)/(0.03·3.507); their correlation is positive, so adding variances is conservative
        double[] sorted = lane.clone();
        Arrays.sort(sorted);
        double ratio = sorted[(int) Math.ceil(0.97 * pairs) - 1] / SampleChecks.mean(lane);
        double relSd = Math.sqrt(1.0 / pairs + 0.97 * 0.03 / pairs / Math.pow(0.03 * -Math.log(0.03), 2));
        assertEquals(-Math.log(0.03), ratio, 4.5 * relSd * -Math.log(0.03), "p97/mean of offset-only lanes");
    }

    @Test
    void systematicPlusRandomOffsetGivesRicianLanes() {
        JsonNode r = References.root().get("physics").get("rician");
        double mu = r.get("offsetMeanUm").asDouble();
        double sigma = r.get("offsetSdUm").asDouble();
        GaussianBeamMpoLoss model = GaussianBeamMpoLoss.offsetOnly(1310, r.get("mfdUm").asDouble(), sigma).withFerruleOffset(sigma, mu);
        double mean = r.get("mean").asDouble();
        assertTrue(References.relativeError(model.meanAtPosition(3, 12), mean) <= 1e-12);

        double[] lane = drawByPosition(model, 12, 400_000, 1)[0];
        double c = DB / (W * W);
        // d² is σ²·noncentral χ²(2, μ²/σ²): Var(d²) = 4σ⁴ + 4σ²μ²
        SampleChecks.assertMean("rician lane", lane, mean, c * c * (4 * Math.pow(sigma, 4) + 4 * sigma * sigma * mu * mu));
        for (JsonNode q : r.get("quantiles")) {
            SampleChecks.assertQuantile("rician p" + q.get(0), lane, q.get(1).asDouble(), q.get(0).asDouble());
        }
    }

    @Test
    void mfdMismatchAloneIsDeterministic() {
        GaussianBeamMpoLoss model = GaussianBeamMpoLoss.offsetOnly(1310, 9.2, 0).withMfd(9.2, 9.6, 0);
        double expected = References.root().get("physics").get("deterministic").get(2).get("lossDb").asDouble();
        double[] out = new double[16];
        model.sampler(rng(13)).fill(out, 16);
        for (double v : out) {
            assertEquals(expected, v, 1e-15);
        }
        assertEquals(expected, model.meanAtPosition(0, 16), 1e-15);
    }

    @Test
    void meanAtPositionMatchesNumericalIntegration() {
        JsonNode ref = References.root().get("physics").get("meanAtPosition");
        Map<String, Double> p = References.doubles(ref.get("parameters"));
        GaussianBeamMpoLoss model = fromParameters(p);
        for (String positions : new String[] {"12", "16"}) {
            JsonNode means = ref.get("meanDbByPositions").get(positions);
            for (int i = 0; i < means.size(); i++) {
                double m = model.meanAtPosition(i, Integer.parseInt(positions));
                assertTrue(References.relativeError(m, means.get(i).asDouble()) <= 1e-9,
                        "position " + i + "/" + positions + ": " + m + " vs scipy " + means.get(i));
            }
        }
    }

    @Test
    void sampledPerPositionMeansMatchTheExactMeansWithEveryMechanismOn() {
        GaussianBeamMpoLoss model = fromParameters(References.doubles(References.root().get("physics").get("meanAtPosition").get("parameters")));
        double[][] x = drawByPosition(model, 14, 200_000, 12);
        for (int k = 0; k < 12; k++) {
            double[] lane = x[k];
            // standard error from the sample variance (n = 2×10⁵: its own error is negligible at this band)
            SampleChecks.assertMean("position " + k, lane, model.meanAtPosition(k, 12), SampleChecks.variance(lane));
            assertTrue(Arrays.stream(lane).allMatch(v -> v >= 0 && Double.isFinite(v)));
        }
    }

    /**
     * Edge fibres lose more under rotation. Statistic: per mated pair D = (L1 + L12)/2 − (L6 + L7)/2;
     * its mean must exceed 4.5 standard errors (estimated from the sample). Expected E[D] ≈ 0.096 dB
     * with z ≈ 200, so the chance of failing is nil; the exact E[D] from meanAtPosition must also lie
     * within ±4.5 SE of the sample mean.
     */
    @Test
    void rotationMakesEdgePositionsOfAnMpo12LoseMore() {
        GaussianBeamMpoLoss model = GaussianBeamMpoLoss.offsetOnly(1310, 9.2, 0.5).withRotationSdRad(5e-4).withHoleErrorSdUm(0.3);
        assertTrue(model.meanAtPosition(0, 12) > model.meanAtPosition(1, 12));
        assertEquals(model.meanAtPosition(0, 12), model.meanAtPosition(11, 12), 1e-15);
        assertTrue(model.meanAtPosition(5, 12) < model.meanAtPosition(4, 12));
        double exactD = (model.meanAtPosition(0, 12) + model.meanAtPosition(11, 12)
                - model.meanAtPosition(5, 12) - model.meanAtPosition(6, 12)) / 2;

        int pairs = 100_000;
        double[][] x = drawByPosition(model, 15, pairs, 12);
        double[] d = new double[pairs];
        for (int j = 0; j < pairs; j++) {
            d[j] = (x[0][j] + x[11][j] - x[5][j] - x[6][j]) / 2;
        }
        double se = Math.sqrt(SampleChecks.variance(d) / pairs);
        double meanD = SampleChecks.mean(d);
        assertTrue(meanD > 4.5 * se, "edge − centre = " + meanD + " dB, only " + meanD / se + " SE above 0");
        assertEquals(exactD, meanD, 4.5 * se);
    }

    /**
     * Lanes of one pair share the ferrule offset C: with a per-fibre error H and no rotation,
     * Cov(L_i, L_j) = c²·Var|C|² = c²·4σ_C⁴ exactly (c = 4.343/w²), i.e. correlation σ_C⁴/(σ_C²+σ_H²)².
     * Estimator: the mean of (L_i − m)(L_j − m) with the exact m, ±4.5 SE from its sample sd.
     */
    @Test
    void lanesOfOneMatedPairArePositivelyCorrelated() {
        double sc = 0.5;
        double sh = 0.5;
        GaussianBeamMpoLoss model = GaussianBeamMpoLoss.offsetOnly(1310, 9.2, sc).withHoleErrorSdUm(sh);
        double c = DB / (W * W);
        double exactCov = c * c * 4 * Math.pow(sc, 4);
        double m = model.meanAtPosition(0, 12);
        int pairs = 400_000;
        double[][] x = drawByPosition(model, 16, pairs, 12);
        for (int[] ij : new int[][] {{0, 11}, {5, 6}}) {
            double[] y = new double[pairs];
            for (int j = 0; j < pairs; j++) {
                y[j] = (x[ij[0]][j] - m) * (x[ij[1]][j] - m);
            }
            double se = Math.sqrt(SampleChecks.variance(y) / pairs);
            double cov = SampleChecks.mean(y);
            assertEquals(exactCov, cov, 4.5 * se, "covariance of lanes " + Arrays.toString(ij));
            assertTrue(cov > 4.5 * se, "covariance not significantly positive");
        }
    }

    @Test
    void defaultModelIsIllustrativeLowLoss() {
        GaussianBeamMpoLoss d = GaussianBeamMpoLoss.singleMode1310();
        assertEquals("gaussian-beam-mpo", d.family());
        for (int i = 0; i < 12; i++) {
            double m = d.meanAtPosition(i, 12);
            assertTrue(m > 0.14 && m < 0.16, "position " + i + " mean " + m);
        }
    }

    @Test
    void independentPositionsAdapterDrawsInSequence() {
        GammaDistribution g = new GammaDistribution(4.28, 0.028);
        MatedPairLossModel pair = new IndependentPositions(g);
        double[] filled = new double[16];
        pair.sampler(rng(17)).fill(filled, 16);
        Sampler one = g.sampler(rng(17));
        for (double v : filled) {
            assertEquals(one.sample(), v);
        }
        assertEquals(g.mean(), pair.meanAtPosition(15, 16));
        assertEquals("gamma", pair.family());
        assertThrows(IllegalArgumentException.class, () -> pair.meanAtPosition(16, 16));
    }

    @Test
    void rejectsInvalidParametersAndPositions() {
        GaussianBeamMpoLoss ok = GaussianBeamMpoLoss.singleMode1310();
        assertThrows(IllegalArgumentException.class, () -> ok.withMfd(9.2, 9.2, 0.5)); // sd > 5 % of MFD
        assertThrows(IllegalArgumentException.class, () -> ok.withFerruleOffset(-0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> ok.withFerruleOffset(0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ok.withRotationSdRad(0.2));
        assertThrows(IllegalArgumentException.class, () -> ok.withTiltSdRad(0.06));
        assertThrows(IllegalArgumentException.class, () -> ok.withHoleErrorSdUm(-1));
        assertThrows(IllegalArgumentException.class, () -> ok.meanAtPosition(12, 12));
        assertThrows(IllegalArgumentException.class, () -> ok.meanAtPosition(-1, 12));
        MatedPairSampler s = ok.sampler(rng(18));
        assertThrows(IllegalArgumentException.class, () -> s.fill(new double[8], 12));
        assertThrows(IllegalArgumentException.class, () -> s.fill(new double[8], 0));
    }

    private static GaussianBeamMpoLoss fromParameters(Map<String, Double> p) {
        return new GaussianBeamMpoLoss(p.get("wavelengthNm"), p.get("mfd1Um"), p.get("mfd2Um"), p.get("mfdSdUm"),
                p.get("refractiveIndex"), p.get("ferruleOffsetSdUm"), p.get("ferruleOffsetMeanUm"), p.get("rotationSdRad"),
                p.get("holeErrorSdUm"), p.get("tiltSdRad"), p.get("fibrePitchUm"));
    }
}
