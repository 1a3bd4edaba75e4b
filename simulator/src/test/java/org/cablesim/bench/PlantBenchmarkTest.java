package org.cablesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The plant benchmark's fabric and plan at a small size (no timing assertions). */
class PlantBenchmarkTest {
    /*
     * 4,096 GPUs = 4 SUs of 128 servers. Server–leaf: 4,096 DR4 links; racks of 8 servers hold 64 MDIs → ⌈64/12⌉ =
     * 6 trunks × 64 racks = 384. Leaves: 8 rails × 4 SUs = 32, each with 64 twin-port uplinks to 16 spines (32 × 64
     * / 16 = 128 ports per spine): 2,048 leaf–spine links × 2 MDIs. Each SU's 8 leaves share one rack: 8 × 64 × 2 =
     * 1,024 MDIs to the spine rack → ⌈1024/12⌉ = 86 trunks × 4 = 344. Channels 4,096 + 4,096 = 8,192.
     */
    @Test
    void routesTheRepresentativePlan() {
        PlantBenchmark.Result r = PlantBenchmark.run(4096, 1);
        assertEquals(4096, r.gpus());
        assertEquals(4096 + 2048, r.links());
        assertEquals(8192, r.channels());
        assertEquals(384 + 344, r.trunks());
        // measured, not derived by hand: 11 tray-fill segments no bundle can leave (default 300 x 100 mm trays, 50 %
        // fill; 20 before bundles spill onto the next-shortest path); no other kind
        assertEquals(11, r.violations());
        assertTrue(r.peakHeapBytes() > 0 && r.retainedHeapBytes() > 0);
    }
}
