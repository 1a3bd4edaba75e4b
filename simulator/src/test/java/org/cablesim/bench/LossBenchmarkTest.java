package org.cablesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loss benchmark at one scalable unit (no timing assertions). */
class LossBenchmarkTest {
    /*
     * 1,024 GPUs = 1 SU of 128 servers: 1,024 DR4 server–leaf links (one channel each) and 8 leaves × 64 twin-port
     * uplinks = 512 leaf–spine links (two channels each): 1,536 links, 2,048 channels. Low-loss adapters between
     * standard MDI matings: no class has the closed form, so every class is estimated by importance sampling.
     */
    @Test
    void estimatesEveryLinkByImportanceSampling() {
        LossBenchmark.Result r = LossBenchmark.run(1024, 1, 2);
        assertEquals(1024, r.gpus());
        assertEquals(1024 + 512, r.links());
        assertEquals(1024 + 2 * 512, r.channels());
        assertTrue(r.classes() >= 2, () -> "classes " + r.classes());
        assertEquals(Map.of("importance-sampling", r.classes()), r.classesByMethod());
        assertTrue(r.trials() > LossBenchmark.PLAIN_TRIALS * r.classes());
        assertTrue(r.linkFailureProbability() > 0 && r.linkFailureProbability() < 1e-3);
        assertEquals(r.linkFailureProbability() * r.links(), r.expectedFailingLinks(), 1e-9 * r.expectedFailingLinks());
        LossBenchmark.Result again = LossBenchmark.run(1024, 1, 1);
        assertEquals(r.expectedFailingLinks(), again.expectedFailingLinks(), 0, "thread count changes nothing");
    }
}
