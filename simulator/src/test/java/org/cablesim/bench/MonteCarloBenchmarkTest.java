package org.cablesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.montecarlo.LinkClass;
import org.cablesim.montecarlo.PlainMonteCarlo;
import org.junit.jupiter.api.Test;

/** What the benchmark counts, and that it runs the engine; timings are never asserted. */
class MonteCarloBenchmarkTest {

    @Test
    void reportsWhatItRan() {
        MonteCarloBenchmark.Result r = MonteCarloBenchmark.run(3, 10_000, 4, 8, 1, 1);
        assertEquals(3L * 10_000 * 4 * 8, r.samples());
        assertEquals(r.samples() / r.seconds(), r.samplesPerSecond(), 1e-9 * r.samplesPerSecond());
        assertEquals(r.samplesPerSecond(), r.samplesPerSecondPerThread(), 0);
        assertEquals(r.failures() / 30_000.0, r.failFraction(), 0);
    }

    /** The timed run is the engine's: the same failures as PlainMonteCarlo on the workload's classes, any thread count. */
    @Test
    void failuresAreTheEnginesForAnyThreadCount() {
        // 12 pairs per lane against the 3.0 dB budget: failures are frequent enough to count
        List<LinkClass> classes = MonteCarloBenchmark.workload(3, 12, 8, 5);
        long engine = new PlainMonteCarlo(1).runAll(classes, 50_000, 5).stream().mapToLong(p -> p.failures()).sum();
        assertTrue(engine > 1000, "failures " + engine);
        assertEquals(engine, MonteCarloBenchmark.run(3, 50_000, 12, 8, 1, 5).failures());
        assertEquals(engine, MonteCarloBenchmark.run(3, 50_000, 12, 8, 2, 5).failures());
    }

    @Test
    void rejectsEmptyRuns() {
        assertThrows(IllegalArgumentException.class, () -> MonteCarloBenchmark.run(0, 10, 4, 8, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MonteCarloBenchmark.run(1, 10, 4, 8, 0, 1));
    }
}
