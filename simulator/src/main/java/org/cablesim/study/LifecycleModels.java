package org.cablesim.study;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablesim.lifecycle.ContaminationModel;
import org.cablesim.lifecycle.JobModel;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.lifecycle.OperationsModel;
import org.cablesim.lifecycle.UpgradeWave;
import org.cablesim.scenario.JobSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.UniformDistribution;

/**
 * Resolves a scenario's lifecycle settings into the lifecycle simulation's model: the turn-up, flap, repair and
 * spares settings pass as they are; failure laws become times to failure (parts that never fail left out), the
 * contamination settings and cleaning choice one contamination model, and the job settings are resolved against
 * the cluster's GPUs per server in hours.
 */
public final class LifecycleModels {
    private LifecycleModels() {
    }

    /**
     * The model a scenario's settings describe.
     *
     * @param spec          the lifecycle settings
     * @param gpusPerServer GPUs per server of the cluster, ≥ 1
     * @param waves         the upgrade waves, already resolved against a plan
     * @return the model
     */
    public static LifecycleModel of(LifecycleSpec spec, int gpusPerServer, List<UpgradeWave> waves) {
        Map<PartKind, Distribution> failures = new EnumMap<>(PartKind.class);
        spec.failures().forEach((kind, law) -> {
            if (law.perYear() > 0) {
                failures.put(kind, law.timeToFailureHours());
            }
        });
        var c = spec.contamination();
        ContaminationModel contamination = new ContaminationModel(c.dirtyShare(),
                spec.cleaning().cleansBeforeMating(), new UniformDistribution(c.minDb(), c.maxDb()),
                c.reflectanceRiseDb());
        OperationsModel operations = new OperationsModel(failures, spec.flaps(), contamination,
                spec.ageingDbPerYear(), spec.neighbourDisturbance());
        return new LifecycleModel(spec.turnUp(), operations, spec.repair(), spec.spares(),
                job(spec.job(), gpusPerServer), waves);
    }

    /** The job model: hours from the file's minutes and seconds. */
    static JobModel job(JobSpec j, int gpusPerServer) {
        return new JobModel(gpusPerServer, Math.toIntExact(j.gpus()), j.checkpointIntervalHours(),
                j.restartMinutes() / 60, j.interruptionToleranceSeconds() / 3600);
    }
}
