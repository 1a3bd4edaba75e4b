package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Calibration to (mean, quantile): parameters against scipy solutions, round trips, the IEC 61755-1 grades' fitted values. */
class LossCalibrationTest {
    private static final double TOLERANCE = 1e-9;

    static Stream<JsonNode> calibrations() {
        List<JsonNode> list = new ArrayList<>();
        References.root().get("calibrations").forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("calibrations")
    void fitMatchesScipyAndReproducesItsInputs(JsonNode c) {
        Family family = Family.fromId(c.get("family").asText());
        double mean = c.get("meanDb").asDouble();
        double p = c.get("p").asDouble();
        double q = c.get("quantileDb").asDouble();
        Distribution fitted = LossCalibration.fromMeanAndQuantile(family, mean, p, q);

        Map<String, Double> expected = References.doubles(c.get("parameters"));
        Distribution reference = LossModels.fromParameters(family.id(), expected);
        assertEquals(reference.getClass(), fitted.getClass());
        for (var component : fitted.getClass().getRecordComponents()) {
            try {
                double actual = (double) component.getAccessor().invoke(fitted);
                double want = (double) component.getAccessor().invoke(reference); // the scipy value, as read
                assertTrue(References.relativeError(actual, want) <= TOLERANCE,
                        c.get("case").asText() + " " + family.id() + " " + component.getName() + ": " + actual + " vs scipy " + want);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(References.relativeError(fitted.mean(), mean) <= TOLERANCE, "mean round trip " + fitted.mean());
        assertTrue(References.relativeError(fitted.quantile(p), q) <= TOLERANCE, "quantile round trip " + fitted.quantile(p));
    }

    @Test
    void gradeBAndCGammaParametersAreDomainsDigits() {
        GammaDistribution b = assertInstanceOf(GammaDistribution.class, LossCalibration.fromMeanAndP97(Family.GAMMA, 0.12, 0.25));
        assertEquals(4.28, round(b.shape(), 2));
        assertEquals(0.028, round(b.scale(), 3));
        GammaDistribution c = assertInstanceOf(GammaDistribution.class, LossCalibration.fromMeanAndP97(Family.GAMMA, 0.25, 0.50));
        assertEquals(4.93, round(c.shape(), 2));
        assertEquals(0.051, round(c.scale(), 3));
    }

    @Test
    void gradeLognormalSigmaAndWeibullShapeAreInDomainsRanges() {
        double sigmaB = LossCalibration.lognormal(0.12, 0.97, 0.25).sigmaLog();
        double sigmaC = LossCalibration.lognormal(0.25, 0.97, 0.50).sigmaLog();
        assertEquals(0.44, round(sigmaB, 2));
        assertEquals(0.41, round(sigmaC, 2));
        // the usual fit says "Weibull shape ≈ 2.1–2.2": true for grade C (2.19); grade B's ratio 2.08 gives 2.05
        assertEquals(2.19, round(LossCalibration.weibull(0.25, 0.97, 0.50).shape(), 2));
        assertEquals(2.05, round(LossCalibration.weibull(0.12, 0.97, 0.25).shape(), 2));
    }

    @Test
    void exponentialFitsTheMeanAndRefusesAnInconsistentP97() {
        assertEquals(-Math.log(0.03), LossCalibration.impliedQuantile(Family.EXPONENTIAL, 1, 0.97), 1e-15);
        ExponentialDistribution ok = LossCalibration.exponential(0.12, 0.97, 0.40); // implied 0.4208: 5 % away
        assertEquals(0.12, ok.mean());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LossCalibration.fromMeanAndP97(Family.EXPONENTIAL, 0.12, 0.25));
        assertTrue(e.getMessage().contains("two-parameter"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.fromMeanAndP97(Family.EXPONENTIAL, 0.12, 0.47));
    }

    @Test
    void fixedAcceptsOnlyAQuantileNearItsValue() {
        assertEquals(new FixedDistribution(0.3), LossCalibration.fromMeanAndP97(Family.FIXED, 0.3, 0.3));
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.fromMeanAndP97(Family.FIXED, 0.3, 0.5));
    }

    @Test
    void heavierThanExponentialGammaIsFoundOnTheLightBranch() {
        // ratio 5 > 3.51 needs shape < 1; the search from large shapes finds the root nearer to the exponential
        GammaDistribution g = LossCalibration.gamma(0.1, 0.97, 0.5);
        assertTrue(g.shape() < 1 && g.shape() > LossCalibration.MIN_GAMMA_SHAPE, "shape " + g.shape());
        assertEquals(0.5, g.quantile(0.97), 1e-12);
        assertEquals(0.1, g.mean(), 1e-15);
    }

    @Test
    void unreachableRatiosAreRejectedWithTheReachableRange() {
        IllegalArgumentException gamma = assertThrows(IllegalArgumentException.class, () -> LossCalibration.gamma(0.1, 0.97, 1.2));
        assertTrue(gamma.getMessage().contains("reachable"), gamma.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.gamma(0.1, 0.97, 0.09)); // p97 below the mean
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.weibull(0.1, 0.97, 0.8));
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.lognormal(0.1, 0.97, 0.6)); // max exp(z²/2) = 5.86
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.truncatedNormal(0.1, 0.97, 0.36)); // beyond 3.51
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.fromMeanAndP97(Family.EMPIRICAL, 0.1, 0.2));
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.fromMeanAndQuantile(Family.GAMMA, 0.1, 1.0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> LossCalibration.fromMeanAndP97(Family.GAMMA, -0.1, 0.2));
    }

    private static double round(double x, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(x * f) / f;
    }
}
