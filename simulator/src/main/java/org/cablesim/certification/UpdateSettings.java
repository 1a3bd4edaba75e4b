package org.cablesim.certification;

import org.cablesim.stats.Checks;

/**
 * Settings of the as-built update.
 *
 * @param seed            master seed of the chain's random stream
 * @param burnIn          sweeps discarded (step sizes adapt during them), ≥ 100
 * @param samples         sweeps kept, ≥ 100
 * @param measurementSdDb OLTS measurement noise, dB, &gt; 0 (TIA-568.3 testers: ±0.1–0.2 dB [assume])
 * @param otdrSdDb        OTDR event-loss noise, dB, &gt; 0
 * @param sdLogMean       prior spread of log μ of every class
 * @param sdLogShape      prior spread of log k of every class
 */
public record UpdateSettings(long seed, int burnIn, int samples, double measurementSdDb, double otdrSdDb,
        double sdLogMean, double sdLogShape) {
    /** Defaults: 2,000 burn-in and 4,000 kept sweeps, 0.1 dB OLTS and 0.05 dB OTDR noise, the default priors. */
    public static UpdateSettings defaults(long seed) {
        return new UpdateSettings(seed, 2000, 4000, 0.1, 0.05, GammaPrior.SD_LOG_MEAN, GammaPrior.SD_LOG_SHAPE);
    }

    public UpdateSettings {
        Checks.atLeast("burnIn", burnIn, 100);
        Checks.atLeast("samples", samples, 100);
        Checks.positive("measurementSdDb", measurementSdDb);
        Checks.positive("otdrSdDb", otdrSdDb);
        Checks.positive("sdLogMean", sdLogMean);
        Checks.positive("sdLogShape", sdLogShape);
    }
}
