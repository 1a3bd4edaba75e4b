package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.Sampler;
import org.junit.jupiter.api.Test;

/** Exact tails of gamma sums against scipy's gamma.sf (cross-checked with mpmath when generated). */
class GammaSumsTest {

    @Test
    void exactTailMatchesScipyDownToOneInATrillion() {
        int checked = 0;
        double smallest = 1;
        for (JsonNode r : References.root().get("gammaSums")) {
            double tail = GammaSums.exactTail(r.get("n").asInt(), r.get("shape").asDouble(), r.get("scaleDb").asDouble(),
                    r.get("budgetDb").asDouble());
            double want = r.get("tail").asDouble();
            assertTrue(References.relativeError(tail, want) <= 1e-9,
                    r.get("fit").asText() + " n=" + r.get("n") + " b=" + r.get("budgetDb") + ": " + tail + " vs scipy " + want);
            checked++;
            smallest = Math.min(smallest, want);
        }
        assertTrue(checked >= 20, "references hold " + checked + " gamma-sum cases");
        assertTrue(smallest < 1e-12, "the references reach down to " + smallest);
    }

    /**
     * The domain notes' illustrative P(sum &gt; 2.75 dB) came from 4×10⁵ gamma trials: each must agree with the
     * exact tail within 4.5 binomial standard errors of such a run plus half a unit of its last printed digit.
     */
    @Test
    void domainsIllustrativeChannelFiguresAgreeWithTheExactTail() {
        GammaDistribution standard = LossCalibration.gamma(0.35, 0.97, 0.75);
        GammaDistribution gradeC = LossCalibration.gamma(0.25, 0.97, 0.50);
        double[][] cases = { // n, printed value, half unit of last digit
            {3, 3e-5, 0.5e-5}, {4, 1.0e-3, 0.05e-3}, {5, 1.3e-2, 0.05e-2}, {6, 7.5e-2, 0.05e-2},
        };
        for (double[] c : cases) {
            assertDomainFigure(GammaSums.exactTail((int) c[0], standard, 2.75), c[1], c[2]);
        }
        assertDomainFigure(GammaSums.exactTail(6, gradeC, 2.75), 8e-5, 0.5e-5);
        assertDomainFigure(GammaSums.exactTail(8, gradeC, 2.75), 1.5e-2, 0.05e-2);
    }

    private static void assertDomainFigure(double exact, double printed, double halfUnit) {
        double se = Math.sqrt(exact * (1 - exact) / 4e5);
        assertTrue(Math.abs(exact - printed) <= 4.5 * se + halfUnit, "exact " + exact + " vs printed " + printed);
    }

    /**
     * The sampler and the exact tail agree: 4×10⁵ sums of four draws exceed the budget a Binomial(n, P)
     * number of times (±4.5 sd band, false-failure rate ≈ 6.8e−6).
     */
    @Test
    void sampledSumsExceedTheBudgetAsOftenAsTheExactTailSays() {
        GammaDistribution perPair = LossCalibration.gamma(0.35, 0.97, 0.75);
        double budget = 2.0;
        double p = GammaSums.exactTail(4, perPair, budget);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(77L);
        Sampler s = perPair.sampler(rng);
        int n = 400_000;
        int over = 0;
        for (int i = 0; i < n; i++) {
            if (s.sample() + s.sample() + s.sample() + s.sample() > budget) {
                over++;
            }
        }
        double sd = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(over - n * p) <= 4.5 * sd, over + " exceedances vs expected " + n * p + " ± " + sd);
    }

    @Test
    void oneTermIsTheModelsOwnSurvival() {
        GammaDistribution g = new GammaDistribution(4.28, 0.028);
        assertEquals(g.survival(0.3), GammaSums.exactTail(1, g, 0.3));
        assertThrows(IllegalArgumentException.class, () -> GammaSums.exactTail(0, g, 1));
        assertThrows(IllegalArgumentException.class, () -> GammaSums.exactTail(2, -1, 0.1, 1));
    }
}
