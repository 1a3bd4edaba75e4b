package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.Sampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every family's sampler against its exact moments and quantiles (references.json), 10⁶ draws per
 * reference entry with a fixed seed. Per entry: mean, variance, p50 and p97 bands (each with
 * false-failure rate ≈ 6.8e−6, see {@link SampleChecks}) and one chi-square test (1e−5): ≈ 3.7e−5 per
 * entry, ≈ 4.5e−4 for the twelve entries together, for a seed drawn at random. The seeds here are
 * fixed, so CI is deterministic.
 */
class SamplerStatisticsTest {
    private static final int DRAWS = 1_000_000;
    private static final int CELLS = 50;

    static Stream<JsonNode> distributions() {
        List<JsonNode> list = new ArrayList<>();
        References.root().get("distributions").forEach(list::add);
        return list.stream();
    }

    private static UniformRandomProvider rng(String name) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(20240611L ^ name.hashCode());
    }

    private static double[] draw(Distribution model, UniformRandomProvider rng, int n) {
        Sampler sampler = model.sampler(rng);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sampler.sample();
        }
        return x;
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("distributions")
    void samplerMatchesExactMomentsQuantilesAndShape(JsonNode entry) {
        String name = entry.get("name").asText();
        Distribution model = References.model(entry);
        double[] x = draw(model, rng(name), DRAWS);
        assertTrue(Arrays.stream(x).allMatch(v -> v >= 0 && Double.isFinite(v)), name + ": a draw is negative or not finite");

        double mean = entry.get("mean").asDouble();
        double variance = entry.get("variance").asDouble();
        SampleChecks.assertMean(name, x, mean, variance);
        SampleChecks.assertVariance(name, x, variance, entry.get("centralMoment4").asDouble());
        for (JsonNode q : entry.get("quantiles")) {
            double p = q.get(0).asDouble();
            if (p == 0.5 || p == 0.97) {
                double quantile = q.get(1).asDouble();
                // continuous laws: F(q) = p; the empirical law has atoms, F(q) >= p is taken from the model
                double cdf = model instanceof EmpiricalDistribution ? 1 - model.survival(quantile) : p;
                SampleChecks.assertQuantile(name + " p" + p, x, quantile, cdf);
            }
        }
        if (model instanceof EmpiricalDistribution empirical) {
            assertAtomsUniform(name, x, empirical);
        } else {
            double[] probabilities = new double[CELLS];
            Arrays.fill(probabilities, 1.0 / CELLS);
            SampleChecks.assertChiSquare(name, SampleChecks.equiprobableCounts(x, model, CELLS), probabilities);
        }
    }

    /** The empirical sampler must hit each of its n distinct samples with probability 1/n. */
    private static void assertAtomsUniform(String name, double[] x, EmpiricalDistribution model) {
        double[] atoms = model.samples();
        long[] counts = new long[atoms.length];
        for (double v : x) {
            int i = Arrays.binarySearch(atoms, v);
            assertTrue(i >= 0, name + ": drew a value that is not a sample: " + v);
            counts[i]++;
        }
        double[] probabilities = new double[atoms.length];
        Arrays.fill(probabilities, 1.0 / atoms.length);
        SampleChecks.assertChiSquare(name + " atoms", counts, probabilities);
    }

    @Test
    void chiSquareCriticalValueAgreesWithScipy() {
        JsonNode ref = References.root().get("chiSquareCritical");
        double java = ChiSquaredDistribution.of(ref.get("df").asInt()).inverseSurvivalProbability(ref.get("falseFailureRate").asDouble());
        assertEquals(ref.get("value").asDouble(), java, 1e-9 * java);
    }

    @Test
    void fixedLossAlwaysDrawsItsValue() {
        Sampler s = new FixedDistribution(0.3).sampler(rng("fixed"));
        for (int i = 0; i < 1000; i++) {
            assertEquals(0.3, s.sample());
        }
    }

    @Test
    void sameSeedGivesSameDraws() {
        Distribution model = new GammaDistribution(4.28, 0.028);
        assertTrue(Arrays.equals(draw(model, rng("repeat"), 1000), draw(model, rng("repeat"), 1000)));
    }
}
