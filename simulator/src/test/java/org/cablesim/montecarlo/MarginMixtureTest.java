package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Histogram snapshots and their weighted mixture, against hand counts. */
class MarginMixtureTest {
    private static MarginHistogram histogram(double... marginsDb) {
        MarginHistogram h = new MarginHistogram();
        for (double m : marginsDb) {
            h.add(m);
        }
        return h;
    }

    @Test
    void snapshotKeepsOnlyTheOccupiedBins() {
        MarginCounts c = histogram(1.0005, 1.0025, 1.0025, -40, 40).snapshot();
        assertEquals((int) Math.round((1.0 - MarginHistogram.LOW_DB) / MarginHistogram.BIN_DB), c.firstBin());
        assertEquals(3, c.binCount());
        assertEquals(List.of(1L, 0L, 2L), java.util.Arrays.stream(c.counts()).boxed().toList());
        assertEquals(1, c.underflow());
        assertEquals(1, c.overflow());
        assertEquals(5, c.total());
        assertEquals(0, new MarginHistogram().snapshot().binCount());
    }

    /**
     * Class A: 4 trials at 1.0005 dB, 4 at 2.0005 dB, standing for 1 link (weight 1/8 per trial); class B: 2 trials
     * at 0.5005 dB, standing for 3 links (weight 3/2). Mixed over 4 links: 3 at 0.5005, ½ at 1.0005, ½ at 2.0005.
     */
    @Test
    void mixtureWeighsClassesByTheLinksTheyStandFor() {
        MarginMixture m = new MarginMixture();
        m.add(histogram(1.0005, 1.0005, 1.0005, 1.0005, 2.0005, 2.0005, 2.0005, 2.0005).snapshot(), 1.0 / 8);
        m.add(histogram(0.5005, 0.5005).snapshot(), 3.0 / 2);
        assertEquals(4, m.total(), 1e-12);
        assertEquals(0.5005, m.quantile(0.75), 1e-9);
        assertEquals(1.0005, m.quantile(0.80), 1e-9);
        assertEquals(2.0005, m.quantile(0.90), 1e-9);
        List<MarginMixture.Point> cdf = m.cdf(101);
        assertEquals(101, cdf.size());
        assertEquals(0.5, cdf.get(0).marginDb(), 0);
        assertEquals(0, cdf.get(0).fraction(), 0);
        assertEquals(2.001, cdf.get(100).marginDb(), 0);
        assertEquals(1, cdf.get(100).fraction(), 0);
        for (int i = 1; i < cdf.size(); i++) {
            assertTrue(cdf.get(i).marginDb() > cdf.get(i - 1).marginDb());
            assertTrue(cdf.get(i).fraction() >= cdf.get(i - 1).fraction());
        }
        // below every edge between 0.501 and 1.000 dB: the 3 links of B
        MarginMixture.Point mid = cdf.stream().filter(p -> p.marginDb() > 0.6 && p.marginDb() < 1.0).findFirst().orElseThrow();
        assertEquals(0.75, mid.fraction(), 1e-12);
    }

    @Test
    void fewBinsGiveFewerPoints() {
        MarginMixture m = new MarginMixture();
        m.add(histogram(0.0005, 0.0015).snapshot(), 1);
        List<MarginMixture.Point> cdf = m.cdf(101);
        assertEquals(3, cdf.size());
        assertEquals(List.of(0.0, 0.5, 1.0), cdf.stream().map(MarginMixture.Point::fraction).toList());
    }
}
