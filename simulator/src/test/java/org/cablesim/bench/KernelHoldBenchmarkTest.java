package org.cablesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shape of the benchmark's result only; timings are never asserted. */
class KernelHoldBenchmarkTest {

    @Test
    void reportsWhatItRan() {
        KernelHoldBenchmark.Result result = KernelHoldBenchmark.run(100, 10_000, 1);
        assertEquals(100, result.pending());
        assertEquals(10_000, result.events());
        assertTrue(result.seconds() > 0);
        assertEquals(result.events() / result.seconds(), result.eventsPerSecond(), 1e-9 * result.eventsPerSecond());
    }

    @Test
    void rejectsEmptyRuns() {
        assertThrows(IllegalArgumentException.class, () -> KernelHoldBenchmark.run(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> KernelHoldBenchmark.run(10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new KernelHoldBenchmark.Result(1, 1, 0, 1));
    }
}
