package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * The training jobs whose interruptions the lifecycle simulation counts.
 *
 * @param gpus                         GPUs per job, a multiple of the servers' GPUs; 0 = one job on every GPU
 * @param checkpointIntervalHours      hours between checkpoints, finite, &gt; 0
 * @param restartMinutes               restart from a checkpoint, minutes, finite, ≥ 0
 * @param interruptionToleranceSeconds longest server-link outage a job survives, seconds, finite, ≥ 0
 */
public record JobSpec(long gpus, double checkpointIntervalHours, double restartMinutes,
        double interruptionToleranceSeconds) {
    public JobSpec {
        Checks.atLeast("gpus", gpus, 0);
        Checks.positive("checkpointIntervalHours", checkpointIntervalHours);
        Checks.nonNegative("restartMinutes", restartMinutes);
        Checks.nonNegative("interruptionToleranceSeconds", interruptionToleranceSeconds);
    }
}
