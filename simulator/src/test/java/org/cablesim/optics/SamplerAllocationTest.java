package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.HistogramDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.Sampler;
import org.cablesim.stats.TruncatedNormalDistribution;
import org.cablesim.stats.WeibullDistribution;
import org.junit.jupiter.api.Test;

/**
 * The hot path allocates nothing: after sampler creation, 2×10⁵ draws of every sampler allocate less
 * than 8 KiB on this thread (HotSpot's per-thread allocation counter; skipped where unsupported).
 * A per-draw allocation of even one 16-byte object would show as 3.2 MB.
 */
class SamplerAllocationTest {
    private static final int DRAWS = 200_000;
    private static final long SLACK_BYTES = 8192;

    @Test
    void samplersDoNotAllocatePerDraw() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);

        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        List<Distribution> models = List.of(new FixedDistribution(0.2), new TruncatedNormalDistribution(0.1, 0.06), new TruncatedNormalDistribution(-0.3, 0.1),
                new LognormalDistribution(-2.2, 0.44), new GammaDistribution(4.28, 0.028), new WeibullDistribution(2.1, 0.14), new ExponentialDistribution(0.1),
                new EmpiricalDistribution(new double[] {0.1, 0.2, 0.3}), new HistogramDistribution(new double[] {0, 0.1, 0.3}, new long[] {3, 5}));
        long tid = Thread.currentThread().getId();
        for (Distribution m : models) {
            Sampler s = m.sampler(rng);
            double sink = 0;
            for (int i = 0; i < DRAWS; i++) { // warm-up, so compilation is not counted against the loop below
                sink += s.sample();
            }
            long before = threads.getThreadAllocatedBytes(tid);
            for (int i = 0; i < DRAWS; i++) {
                sink += s.sample();
            }
            long used = threads.getThreadAllocatedBytes(tid) - before;
            assertTrue(used < SLACK_BYTES && sink > 0, m.family() + " sampler allocated " + used + " bytes");
        }

        double[] lanes = new double[16];
        for (MatedPairLossModel m : List.of(GaussianBeamMpoLoss.singleMode1310().withTiltSdRad(1e-3).withFerruleOffset(0.4, 0.3),
                new IndependentPositions(new GammaDistribution(4.28, 0.028)))) {
            MatedPairSampler s = m.sampler(rng);
            for (int i = 0; i < DRAWS / 16; i++) {
                s.fill(lanes, 16);
            }
            long before = threads.getThreadAllocatedBytes(tid);
            for (int i = 0; i < DRAWS / 16; i++) {
                s.fill(lanes, 16);
            }
            long used = threads.getThreadAllocatedBytes(tid) - before;
            assertTrue(used < SLACK_BYTES, m.family() + " mated-pair sampler allocated " + used + " bytes");
        }
    }
}
