package org.cablesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LossClass;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import org.cablesim.optics.LossClassModels;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.HistogramDistribution;
import org.junit.jupiter.api.Test;

/** Loss classes of measured losses (factory test reports) in catalog files: samples or a histogram. */
class MeasuredLossClassTest {
    private static final Catalog BUILT_IN = CatalogReader.builtIn();

    /*
     * 20 per-fibre losses: ten of 0.10 dB, five of 0.20, four of 0.30, one of 0.60; mean (1.0 + 1.0 + 1.2 + 0.6) / 20
     * = 0.19 dB; the 97th percentile of 20 samples is the 20th, 0.60 dB. The histogram 0-0.2: 40, 0.2-0.4: 10
     * (uniform within bins) has mean (40 x 0.1 + 10 x 0.3) / 50 = 0.14 dB.
     */
    @Test
    void samplesAndHistogramsBecomeTheirDistributions() throws Exception {
        Catalog c = CatalogReader.read("""
                schemaVersion: 1
                lossClasses:
                  factory-lot-7:
                    family: empirical
                    samplesDb: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2, 0.2,
                                0.3, 0.3, 0.3, 0.3, 0.6]
                    source: "[paper] per-fibre IL of lot 7, vendor factory test report (example)"
                  factory-histogram:
                    family: histogram
                    histogram: {edgesDb: [0, 0.2, 0.4], counts: [40, 10]}
                    source: "[paper] binned factory IL (example)"
                """, "yaml", BUILT_IN);
        LossClass samples = c.lossClass("factory-lot-7");
        assertEquals(Family.EMPIRICAL, samples.family());
        assertEquals(0.19, samples.meanDb(), 1e-12);
        assertEquals(0.6, samples.maxDb(), 1e-12);
        var model = (IndependentPositions) LossClassModels.of(samples, c.fibre("OS2"));
        assertInstanceOf(EmpiricalDistribution.class, model.perPosition());
        assertEquals(0.19, model.meanAtPosition(0, 12), 1e-12);
        LossClass histogram = c.lossClass("factory-histogram");
        assertInstanceOf(HistogramDistribution.class, histogram.measured().orElseThrow());
        assertEquals(0.14, histogram.meanDb(), 1e-12);
        assertEquals(c, CatalogReader.read(CatalogWriter.toYaml(c), "yaml", new Catalog()));
    }

    @Test
    void measuredClassesTakeTheirFiguresFromTheData() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogReader.read("""
                schemaVersion: 1
                lossClasses:
                  lot:
                    family: empirical
                    meanDb: 0.2
                    samplesDb: [0.1, 0.2, 0.3]
                    source: "[paper] example"
                """, "yaml", BUILT_IN));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("lossClasses.lot.samplesDb", "lossClasses.lot.meanDb"), paths);
        assertTrue(e.problems().get(0).message().startsWith("needs at least 10 measurements"), e.getMessage());
    }
}
