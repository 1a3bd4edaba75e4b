package org.cablesim.lifecycle;

import org.cablesim.stats.Checks;


/**
 * Training jobs, modelled simply: the cluster's servers (in the order they first appear among the plant's
 * links) are cut into jobs of {@code gpusPerJob} GPUs that run back to back for the whole horizon (leftover
 * servers idle). An outage of a server-facing link that lasts longer than {@code toleranceHours} interrupts
 * the job on that server: it loses {@code gpusPerJob × (time since its last checkpoint + restartHours)} GPU
 * hours and restarts at once on spare servers (it does not wait for the repair). Checkpoints are taken every
 * {@code checkpointIntervalHours} after each (re)start. Planned outages (upgrade work) are drained first and
 * interrupt nothing. Outages of switch–switch links never interrupt; they reduce the tier's capacity.
 *
 * @param gpusPerServer           GPUs per server, ≥ 1
 * @param gpusPerJob              GPUs per job, a multiple of {@code gpusPerServer}; 0 = one job on all GPUs
 * @param checkpointIntervalHours hours between checkpoints, &gt; 0
 * @param restartHours            hours to restart from a checkpoint, ≥ 0
 * @param toleranceHours          longest outage a job survives, hours, ≥ 0
 */
public record JobModel(int gpusPerServer, int gpusPerJob, double checkpointIntervalHours, double restartHours,
        double toleranceHours) {
    public JobModel {
        Checks.atLeast("gpusPerServer", gpusPerServer, 1);
        if (gpusPerJob < 0 || gpusPerJob % gpusPerServer != 0) {
            throw new IllegalArgumentException("gpusPerJob must be 0 or a positive multiple of gpusPerServer, was "
                    + gpusPerJob);
        }
        Checks.positive("checkpointIntervalHours", checkpointIntervalHours);
        Checks.nonNegative("restartHours", restartHours);
        Checks.nonNegative("toleranceHours", toleranceHours);
    }

    /** One job on every GPU, 8 GPUs per server, 2 h checkpoints, 0.5 h restart, 1 min tolerance. */
    public static JobModel defaults() {
        return new JobModel(LifecycleDefaults.GPUS_PER_SERVER, 0, LifecycleDefaults.CHECKPOINT_HOURS,
                LifecycleDefaults.RESTART_HOURS, LifecycleDefaults.TOLERANCE_HOURS);
    }
}
