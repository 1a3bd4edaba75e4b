package org.cablesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the benchmark counts, and that its shortcut is exact; timings are never asserted. */
class MonteCarloBenchmarkTest {

    @Test
    void reportsWhatItRan() {
        MonteCarloBenchmark.Result r = MonteCarloBenchmark.run(3, 10_000, 4, 8, 1, 1);
        assertEquals(3L * 10_000 * 4 * 8, r.samples());
        assertEquals(r.samples() / r.seconds(), r.samplesPerSecond(), 1e-9 * r.samplesPerSecond());
        assertEquals(r.samplesPerSecond(), r.samplesPerSecondPerThread(), 0);
        assertEquals(r.failures() / 30_000.0, r.failFraction(), 0);
    }

    /** The pass bound skips only exponentials that cannot change a decision: identical fail counts. */
    @Test
    void passBoundIsExact() {
        // a tight budget makes failures frequent enough to compare (slack 3.0 dB − fibre for 12 pairs)
        long bounded = MonteCarloBenchmark.execute(4, 50_000, 12, 8, 1, 3, true);
        long full = MonteCarloBenchmark.execute(4, 50_000, 12, 8, 1, 3, false);
        assertTrue(full > 1000, "failures " + full);
        assertEquals(full, bounded);
    }

    @Test
    void failCountDoesNotDependOnThreads() {
        assertEquals(MonteCarloBenchmark.execute(3, 70_000, 10, 8, 1, 5, true),
                MonteCarloBenchmark.execute(3, 70_000, 10, 8, 2, 5, true));
    }

    @Test
    void rejectsEmptyRuns() {
        assertThrows(IllegalArgumentException.class, () -> MonteCarloBenchmark.run(0, 10, 4, 8, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MonteCarloBenchmark.run(1, 10, 4, 8, 0, 1));
    }
}
