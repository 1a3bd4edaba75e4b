package org.cablesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/** Shape of the benchmark only; timings are never asserted (the 100k-GPU run is measured by hand). */
class LifecycleBenchmarkTest {

    @Test
    void reportsWhatItRan() {
        LifecycleBenchmark.Result r = LifecycleBenchmark.run(2048, 0.05, 1, 1);
        assertTrue(r.seconds() > 0 && r.events() > 0);
        assertEquals(r.events() / r.seconds(), r.eventsPerSecond(), 1e-9 * r.eventsPerSecond());
        assertEquals(r.events(), r.result().events());
        assertEquals(1, r.result().replications());
        assertEquals(0.05 * 365.25, r.result().horizonDays(), 1e-12);
    }

    /*
     * 256 servers × 8 NICs at radix 128, 800G ports broken into 2 × 400G: a leaf takes 64 ports × 2 = 128
     * servers, so 2 units × 8 rails = 16 leaves; 2,048 links per tier.
     */
    @Test
    void fabricBreaksOutEightHundredGigPorts() {
        LogicalFabric fabric = LifecycleBenchmark.fabric(2048);
        assertEquals(16, fabric.count(org.cablesim.topology.DeviceRole.LEAF));
        assertEquals(2048, fabric.linkCountsByTier().get("server-leaf"));
        assertTrue(fabric.linkCountsByTier().values().stream().allMatch(n -> n == 2048),
                () -> fabric.linkCountsByTier().toString());
    }

    @Test
    void rejectsEmptyRuns() {
        assertThrows(IllegalArgumentException.class, () -> LifecycleBenchmark.run(4, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> LifecycleBenchmark.run(1024, 0, 1, 1));
    }
}
