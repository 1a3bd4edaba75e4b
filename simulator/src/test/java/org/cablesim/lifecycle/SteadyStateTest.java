package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cablesim.scenario.PartKind;
import org.cablesim.stats.Estimate;
import org.cablesim.stats.ExponentialDistribution;
import org.junit.jupiter.api.Test;

/**
 * Statistical acceptance tests against queueing references. Each checks the exact value against a two-sided
 * 99.9 % Student-t interval over replications: with the fixed seeds the outcome is deterministic, and a correct
 * model fails such a check with probability 0.1 % over the choice of seed.
 */
class SteadyStateTest {

    /*
     * Unlimited crews, exponential failures (MTTF 1000 h) and repairs (MTTR 100 h): each link alternates
     * Exp(λ) up and Exp(μ) down periods starting up, so P(up at t) = A + (1 − A)e^{−(λ+μ)t} with
     * A = MTTF / (MTTF + MTTR) = 10/11. Over a horizon T the mean availability is
     * A + (1 − A)(1 − e^{−sT}) / (sT), s = λ + μ (the start-up transient adds 1.7e-4 at T = 50,000 h).
     */
    @Test
    void availabilityIsMttfOverMttfPlusMttr() {
        double mttf = 1000;
        double mttr = 100;
        double horizonHours = 50_000;
        LifecyclePlant plant = TestPlants.ownParts(100, false, PartKind.TRANSCEIVER);
        LifecycleModel model = TestPlants.quiet(PartKind.TRANSCEIVER, new ExponentialDistribution(mttf),
                new ExponentialDistribution(mttr));
        LifecycleResult r = LifecycleSimulator.run(plant, model,
                new LifecycleSettings(10, horizonHours / 24, 11, 2));

        double a = mttf / (mttf + mttr);
        double s = 1 / mttf + 1 / mttr;
        double expected = a + (1 - a) * (1 - Math.exp(-s * horizonHours)) / (s * horizonHours);
        Estimate e = r.availability().byTier().get("t0");
        assertTrue(e.covers(expected, 0.999), () -> "availability " + e + " vs exact " + expected);
        assertTrue(e.halfWidth(0.999) < 0.005, "the test must be sharp enough to see a wrong MTTR");
        assertTrue(Math.abs(r.availability().mean() - e.mean()) < 1e-15);
    }

    /*
     * c = 3 crews, Poisson failures (20,000 links × MTTF 9,523.8 h ⇒ λ = 2.1 per hour; the finite source lowers
     * λ by at most E[N]/20,000 ≈ 0.02 %), exponential repairs μ = 1 per hour, no detection or travel: the repair
     * queue is M/M/3 with a = λ/μ = 2.1, ρ = 0.7, and the mean wait is Erlang C: Wq = C(c, a) / (cμ − λ).
     * Starting empty biases the mean wait by about the relaxation time over the horizon, ≈ 12 h / 6,000 h.
     */
    @Test
    void repairQueueWaitMatchesErlangC() {
        int links = 20_000;
        double lambda = 2.1;
        double mu = 1.0;
        int crews = 3;
        LifecyclePlant plant = TestPlants.ownParts(links, false, PartKind.TRANSCEIVER);
        LifecycleModel model = TestPlants.quiet(PartKind.TRANSCEIVER, new ExponentialDistribution(links / lambda),
                new ExponentialDistribution(1 / mu));
        model = model.withRepairs(model.repairs().withCrews(crews));
        LifecycleResult r = LifecycleSimulator.run(plant, model, new LifecycleSettings(20, 6000.0 / 24, 5, 2));

        double expected = erlangC(crews, lambda / mu) / (crews * mu - lambda);
        Estimate wait = r.repairWaitHours();
        assertTrue(wait.covers(expected, 0.999), () -> "mean wait " + wait + " vs Erlang C " + expected);
        assertTrue(wait.halfWidth(0.999) < 0.1 * expected, () -> "not sharp: " + wait + " vs " + expected);
        // Utilisation of the crews is ρ = λ / (cμ).
        Estimate util = r.crewUtilisation();
        assertTrue(util.covers(lambda / (crews * mu), 0.999), () -> "utilisation " + util);
    }

    /** Erlang's C formula: probability that an arrival waits in M/M/c with offered load a (a &lt; c). */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double top = term * a / c * c / (c - a);
        return top / (sum + top);
    }

    @Test
    void erlangCHandValue() {
        // c = 2, a = 1: P0 = 1/3, C = a^c/c! · c/(c − a) · P0 = 1/2 · 2 · 1/3 = 1/3.
        assertTrue(Math.abs(erlangC(2, 1.0) - 1.0 / 3) < 1e-15);
    }
}
