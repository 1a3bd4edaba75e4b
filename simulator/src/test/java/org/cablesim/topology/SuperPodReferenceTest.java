package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DGX SuperPOD compute fabric (NVIDIA DGX SuperPOD reference architecture): 32 servers per SU, 8 GPUs and 8 NICs per server, 64 × 400G
 * switches, non-blocking. A rail leaf has 32 down (one per server) and 32 up ports.
 */
class SuperPodReferenceTest {

    /*
     * 2 tiers while leaves L ≤ 64: S = smallest divisor of U = 32 with L × 32 / S ≤ 64.
     *   1 SU: L = 8,  S ≥ 4  → 4;   2 SU: L = 16, S ≥ 8 → 8;
     *   3 SU: L = 24, S ≥ 12 → 16 (12 does not divide 32);   4 SU: L = 32, S ≥ 16 → 16.
     *   leaf–spine links = L × 32.
     * 3 tiers when L > 64: spines 32 down / 32 up; pods of 4 SU = 32 leaves; 32 × 32 / Sp ≤ 32 → Sp = 32.
     *   core groups = 32 (one per spine index), group size C = smallest divisor of 32 with pods × 32 / C ≤ 64.
     *   16 SU: 128 leaves, 4 pods → 128 spines, C = 2  → 64 cores.
     *   32 SU: 256 leaves, 8 pods → 256 spines, C = 4  → 128 cores.
     *   64 SU: 512 leaves, 16 pods → 512 spines, C = 8 → 256 cores.
     *   links per tier = GPUs = SU × 256.
     */
    @ParameterizedTest(name = "{0} SU")
    @CsvSource({
        "1, 8, 4, 0, 256, 256, 0",
        "2, 16, 8, 0, 512, 512, 0",
        "3, 24, 16, 0, 768, 768, 0",
        "4, 32, 16, 0, 1024, 1024, 0",
        "16, 128, 128, 64, 4096, 4096, 4096",
        "32, 256, 256, 128, 8192, 8192, 8192",
        "64, 512, 512, 256, 16384, 16384, 16384",
    })
    void matchesReferenceArchitecture(int units, int leaves, int spines, int cores, int serverLeaf, int leafSpine,
            int spineCore) throws FabricInfeasibleException {
        LogicalFabric fabric = Fixtures.superPod(units);

        assertEquals(32 * units, fabric.count(DeviceRole.SERVER));
        assertEquals(leaves, fabric.count(DeviceRole.LEAF));
        assertEquals(spines, fabric.count(DeviceRole.SPINE));
        assertEquals(cores, fabric.count(DeviceRole.CORE));
        Map<String, Integer> expected = cores == 0
                ? Map.of("server-leaf", serverLeaf, "leaf-spine", leafSpine)
                : Map.of("server-leaf", serverLeaf, "leaf-spine", leafSpine, "spine-core", spineCore);
        assertEquals(expected, fabric.linkCountsByTier());
        assertEquals(cores == 0 ? List.of("server-leaf", "leaf-spine") : List.of("server-leaf", "leaf-spine",
                "spine-core"), List.copyOf(fabric.linkCountsByTier().keySet()));
        assertEquals(256L * units, fabric.gpus());
        assertEquals(cores == 0 ? 2 : 3, fabric.tiers().size());
    }
}
