package org.cablesim.montecarlo;

/**
 * How hard the {@link LossEngine} works.
 *
 * @param plainTrials             trials of the plain run every class gets (margins, and P(fail) when precise enough), &ge; 1
 * @param targetRelativeHalfWidth wanted 95 % half-width of P(fail) as a fraction of it, in (0, 1)
 * @param trialCap                most trials of any further run (importance sampling per lane group, or extended plain), &ge; 4096
 * @param threads                 worker threads, &ge; 1 (results do not depend on it)
 */
public record LossEngineSettings(long plainTrials, double targetRelativeHalfWidth, long trialCap, int threads) {
    public LossEngineSettings {
        if (plainTrials < 1 || !(targetRelativeHalfWidth > 0 && targetRelativeHalfWidth < 1)
                || trialCap < RareEventEstimator.BLOCK_TRIALS || threads < 1) {
            throw new IllegalArgumentException("invalid loss-engine settings: " + plainTrials + ", "
                    + targetRelativeHalfWidth + ", " + trialCap + ", " + threads);
        }
    }

    /** @return 2^17 plain trials, 10 % relative half-width, 2^24 trial cap, one thread */
    public static LossEngineSettings defaults() {
        return new LossEngineSettings(1 << 17, 0.10, 1 << 24, 1);
    }

    /** @return a copy with another thread count */
    public LossEngineSettings withThreads(int count) {
        return new LossEngineSettings(plainTrials, targetRelativeHalfWidth, trialCap, count);
    }
}
