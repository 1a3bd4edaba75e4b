package org.cablesim.montecarlo;

import org.cablesim.optics.ReflectanceRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.optics.GammaSums;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.junit.jupiter.api.Test;

/** The closed form equals the gamma formula and refuses channels it does not cover. */
class ExactLinkLossTest {
    static final GammaDistribution G = new GammaDistribution(4.93, 0.051);

    @Test
    void singleLaneIsTheGammaSumTail() {
        LinkClass c = Channels.independent("e", 6, G, 1, 0, 2.75);
        assertEquals(GammaSums.exactTail(6, G, 2.75), ExactLinkLoss.failProbability(c).orElseThrow(), 0);
    }

    /** Lanes with fixed losses 0.1/0.2/0.3/0.4, a fixed 0.3 dB splice slot and an exponential of the same scale. */
    @Test
    void independentLanesCombineAsOneMinusProductOfPasses() {
        List<MatedPairSlot> slots = List.of(
                MatedPairSlot.inOrder("g1", new IndependentPositions(G), 12, 4, -60),
                MatedPairSlot.inOrder("g2", new IndependentPositions(G), 12, 4, -60),
                MatedPairSlot.inOrder("x", new IndependentPositions(new ExponentialDistribution(G.scale())), 12, 4, -60),
                MatedPairSlot.inOrder("splice", new IndependentPositions(new FixedDistribution(0.3)), 12, 4, -70));
        double[] fixed = {0.1, 0.2, 0.3, 0.4};
        LinkClass c = new LinkClass("e", "t", 4, slots, fixed, 1.5, ReflectanceRule.ieee8023cdFr(), 1);
        double pass = 1;
        for (double f : fixed) {
            pass *= 1 - org.apache.commons.statistics.distribution.GammaDistribution.of(2 * G.shape() + 1, G.scale()).survivalProbability(1.5 - f - 0.3);
        }
        assertEquals(1 - pass, ExactLinkLoss.failProbability(c).orElseThrow(), 1e-14);
    }

    @Test
    void refusesOtherFamiliesAndMixedScales() {
        assertTrue(ExactLinkLoss.failProbability(Channels.independent("l", 3, new LognormalDistribution(-1.5, 0.4), 1, 0, 2)).isEmpty());
        List<MatedPairSlot> slots = List.of(
                MatedPairSlot.inOrder("a", new IndependentPositions(G), 12, 1, -60),
                MatedPairSlot.inOrder("b", new IndependentPositions(new GammaDistribution(4.93, 0.06)), 12, 1, -60));
        assertTrue(ExactLinkLoss.failProbability(Channels.of("m", slots, 1, 0, 2)).isEmpty());
    }

    @Test
    void brokenReflectanceGivesOne() {
        List<MatedPairSlot> slots = List.of(MatedPairSlot.inOrder("upc", new IndependentPositions(G), 12, 1, -20));
        assertEquals(1.0, ExactLinkLoss.failProbability(Channels.of("r", slots, 1, 0, 2)).orElseThrow());
    }
}
