package org.cablesim.montecarlo;

import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.ReflectanceRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.stats.GammaDistribution;
import org.junit.jupiter.api.Test;

/** Grouping by structure and length runs. */
class LinkClassifierTest {
    static final GammaDistribution G = new GammaDistribution(4.93, 0.051);
    static final OpticalConnection CORD = new OpticalConnection("cord", new IndependentPositions(G), 12, new int[] {0, 1, 2, 3}, -60);
    static final OpticalConnection TRUNK = new OpticalConnection("trunk", new IndependentPositions(G), 12, new int[] {3, 2, 1, 0}, -60);
    static final OpticalConnection UPC = new OpticalConnection("trunk", new IndependentPositions(G), 12, new int[] {3, 2, 1, 0}, -50);

    static OpticalChannel link(String id, double lengthM, OpticalConnection... connections) {
        return new OpticalChannel(id, "leaf-spine", 4, List.of(connections), lengthM, 0.5, new double[] {0.1, 0.1, 0.1, 0.1},
                3.0, ReflectanceRule.ieee8023cdFr());
    }

    @Test
    void linksWithinToleranceShareAClass() {
        var c = LinkClassifier.classify(List.of(
                link("l1", 50, CORD, TRUNK, TRUNK, CORD),
                link("l2", 54, CORD, TRUNK, TRUNK, CORD),
                link("l3", 59.9, CORD, TRUNK, TRUNK, CORD),
                link("l4", 61, CORD, TRUNK, TRUNK, CORD)), 10);
        assertEquals(2, c.classes().size());
        LinkClass first = c.classes().get(0);
        assertEquals(3, first.memberCount());
        assertEquals(first.classId(), c.classOfLink().get("l1"));
        assertEquals(first.classId(), c.classOfLink().get("l3"));
        assertNotEquals(first.classId(), c.classOfLink().get("l4"));
        // the longest member's length: 0.1 + 0.5 dB/km × 59.9 m
        assertEquals(0.1 + 0.5 * 59.9 / 1000, first.fixedLossDb(0), 1e-15);
        assertEquals(List.of("cord#1", "trunk#1", "trunk#2", "cord#2"),
                first.matedPairs().stream().map(MatedPairSlot::elementKey).toList());
    }

    @Test
    void differentStructuresNeverShare() {
        var c = LinkClassifier.classify(List.of(
                link("a", 50, CORD, TRUNK, CORD),
                link("b", 50, CORD, TRUNK, TRUNK, CORD),
                link("c", 50, CORD, UPC, CORD),
                link("d", 50, TRUNK, CORD, CORD),
                link("e", 50, CORD, TRUNK, CORD)), 100);
        assertEquals(4, c.classes().size());
        assertEquals(c.classOfLink().get("a"), c.classOfLink().get("e"));
        assertEquals(List.of(2L, 1L, 1L, 1L), c.classes().stream().map(LinkClass::memberCount).toList());
    }

    @Test
    void orderIsDeterministic() {
        List<OpticalChannel> links = List.of(link("x", 80, CORD, CORD), link("y", 20, CORD, CORD), link("z", 50, CORD, TRUNK, CORD));
        var once = LinkClassifier.classify(links, 5);
        var again = LinkClassifier.classify(links, 5);
        assertEquals(once, again);
        assertEquals(List.of("leaf-spine/s0/r0", "leaf-spine/s0/r1", "leaf-spine/s1/r0"),
                once.classes().stream().map(LinkClass::classId).toList());
        assertEquals("leaf-spine/s0/r0", once.classOfLink().get("y"));
    }
}
