package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cablesim.io.LoadedScenario;
import org.cablesim.montecarlo.ClassEstimate;
import org.cablesim.montecarlo.ClassLossResult;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.montecarlo.LossEngine;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.optics.GammaSums;
import org.cablesim.optics.LossCalibration;
import org.cablesim.plant.CablingPlan;
import org.cablesim.scenario.LossMethod;
import org.cablesim.scenario.MonteCarloSpec;
import org.cablesim.stats.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan-level loss estimates against exact gamma tails, and their response to the connector grade. */
class PlanLossEstimatorTest {
    @TempDir
    Path dir;

    /** A link's exact P(fail): 8 fibres, each through n gamma pairs, fibre loss 0.4 dB/km × length, budget 3.0 dB. */
    private static double exactChannel(int n, GammaDistribution pair, double lengthM) {
        double lane = GammaSums.exactTail(n, pair, 3.0 - 0.4 * lengthM / 1000);
        return -Math.expm1(8 * Math.log1p(-lane));
    }

    /**
     * Every channel of the default plan is 2 standard-MPO gamma pairs: each link's P(fail) is the exact gamma tail
     * combined over its 8 fibres, and over the two channels of a twin-port link (classes take their longest member,
     * so the reference uses the class's length).
     */
    @Test
    void gammaChannelsGiveTheExactGammaTail() {
        LoadedScenario s = LossScenarios.load(dir, "plans: [{name: inter}]\n");
        CablingPlan plan = LossScenarios.route(s, "inter");
        PlanLossInputs.Inputs in = PlanLossInputs.of(plan, false);
        PlanLoss loss = new PlanLossEstimator(new MonteCarloSpec(4096, LossMethod.AUTO, false), 2)
                .estimate(in, plan.fabric().links(), 11);
        GammaDistribution standard = LossCalibration.gamma(0.35, 0.97, 0.75);
        assertEquals("exact", loss.method());
        assertEquals(384, loss.linksEstimated());
        int c = 0;
        double expected = 0;
        for (int link = 0; link < plan.linkCount(); link++) {
            double pass = 1;
            while (c < in.channels().size() && in.linkOf(c) == link) {
                OpticalChannel ch = in.channels().get(c++);
                double classLength = loss.classes().stream()
                        .filter(k -> k.classId().equals(classOf(loss, ch))).findFirst().orElseThrow().fixedLossDb(0) / 0.4 * 1000;
                assertTrue(classLength >= ch.lengthM() && classLength <= ch.lengthM() + PlanLossEstimator.LENGTH_TOLERANCE_M);
                pass *= 1 - exactChannel(2, standard, classLength);
            }
            double p = 1 - pass;
            LinkLoss ll = loss.link(link).orElseThrow();
            assertEquals(p, ll.failProbability(), 1e-9 * p);
            assertEquals(ll.failProbability(), ll.ci95().low(), 0);
            assertEquals("exact", ll.method());
            expected += p;
        }
        assertEquals(expected, loss.summary().plan().expectedFailingLinks(), 1e-9 * expected);
        assertEquals(expected / 384, loss.summary().plan().meanLinkFailureProbability(), 1e-9 * expected / 384);
        assertEquals(4096L * loss.classes().size(), loss.trialsSpent());
    }

    private static String classOf(PlanLoss loss, OpticalChannel ch) {
        // every class of this plan holds channels of one tier and one length run; find the one whose length covers it
        for (var k : loss.classes()) {
            double length = k.fixedLossDb(0) / 0.4 * 1000;
            if (k.tier().equals(ch.tier()) && length >= ch.lengthM() - 1e-9
                    && length <= ch.lengthM() + PlanLossEstimator.LENGTH_TOLERANCE_M) {
                return k.classId();
            }
        }
        throw new IllegalStateException("no class for " + ch.linkId());
    }

    /**
     * A lossy standard MPO (mean 0.9 dB, p97 1.9 dB, gamma) makes failures common; forced plain sampling of 2^16
     * trials must agree with the exact tail within 4.5 binomial standard errors per class (false-failure rate
     * 7e−6 per class, fixed seed).
     */
    @Test
    void forcedPlainAgreesWithTheExactTail() {
        LoadedScenario s = LossScenarios.load(dir, """
                catalog:
                  overrides: {lossClasses.mpo-standard.meanDb: 0.9, lossClasses.mpo-standard.maxDb: 1.9}
                plans: [{name: inter}]
                """);
        CablingPlan plan = LossScenarios.route(s, "inter");
        long n = 1 << 16;
        PlanLoss plain = new PlanLossEstimator(new MonteCarloSpec(n, LossMethod.PLAIN, false), 2)
                .estimate(plan, 5);
        PlanLoss exact = new PlanLossEstimator(new MonteCarloSpec(n, LossMethod.RARE_EVENT, false), 2)
                .estimate(plan, 5);
        assertEquals("plain", plain.method());
        assertEquals("exact", exact.method());
        for (int k = 0; k < plain.classes().size(); k++) {
            ClassLossResult p = plain.estimates().get(k).result();
            double ref = exact.estimates().get(k).result().failProbability();
            assertTrue(ref > 0.01 && ref < 0.99, () -> "reference " + ref);
            assertEquals(ref, p.failProbability(), 4.5 * Math.sqrt(ref * (1 - ref) / n), p.classId());
            assertTrue(p.ci95().low() <= p.failProbability() && p.failProbability() <= p.ci95().high());
            assertEquals(n, plain.estimates().get(k).trialsSpent());
        }
        // failing channels have margin < 0: the member-weighted plain P(fail) lies between the CDF points around 0 dB
        double failingChannels = 0;
        double channels = 0;
        for (ClassEstimate e : plain.estimates()) {
            failingChannels += e.result().memberCount() * e.result().failProbability();
            channels += e.result().memberCount();
        }
        MarginMixture.Point below = plain.marginCdf().stream().filter(q -> q.marginDb() <= 0).reduce((a, b) -> b).orElseThrow();
        MarginMixture.Point above = plain.marginCdf().stream().filter(q -> q.marginDb() >= 0).findFirst().orElseThrow();
        double fraction = failingChannels / channels;
        assertTrue(below.fraction() <= fraction + 1e-12 && fraction <= above.fraction() + 1e-12,
                () -> below + " " + fraction + " " + above);
        assertTrue(above.fraction() - below.fraction() < 0.2 * fraction, "the points around 0 dB are close");
        assertEquals(PlanLossEstimator.CDF_POINTS, plain.marginCdf().size());
    }

    /**
     * Same plan, same seed, adapters of grade B, grade C, then standard MPO: P(fail) rises with every step (every
     * class is exact here, so the order is certain, not just likely), and the margins fall.
     */
    @Test
    void failureRisesWithTheConnectorGrade() {
        LoadedScenario s = LossScenarios.load(dir, """
                plans:
                  - {name: b, tiers: {server-leaf: {lossClasses: {adapter: grade-B}}, leaf-spine: {lossClasses: {adapter: grade-B}}}}
                  - {name: c, tiers: {server-leaf: {lossClasses: {adapter: grade-C}}, leaf-spine: {lossClasses: {adapter: grade-C}}}}
                  - {name: std}
                montecarlo: {trials: 4096}
                """);
        StudyResult r = LossScenarios.run(s, 2);
        List<PlanLoss> losses = r.plans().stream().map(PlanResult::loss).toList();
        for (int i = 1; i < losses.size(); i++) {
            PlanLoss lower = losses.get(i - 1);
            PlanLoss higher = losses.get(i);
            assertTrue(lower.summary().plan().meanLinkFailureProbability() < higher.summary().plan().meanLinkFailureProbability());
            for (String tier : List.of("server-leaf", "leaf-spine")) {
                assertTrue(lower.summary().byTier().get(tier).expectedFailingLinks()
                        < higher.summary().byTier().get(tier).expectedFailingLinks(), tier);
            }
            assertTrue(lower.marginP1Db() > higher.marginP1Db());
            assertTrue(lower.marginP50Db() > higher.marginP50Db());
        }
        assertTrue(losses.stream().allMatch(l -> l.method().equals(LossEngine.EXACT)));
        // the worst links are the most likely to fail, in order
        List<ClassLossResult> worst = losses.get(2).worstLinks(10);
        for (int i = 1; i < worst.size(); i++) {
            assertTrue(worst.get(i - 1).failProbability() >= worst.get(i).failProbability());
        }
    }
}
