package org.cablesim.study;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablesim.lifecycle.ContaminationModel;
import org.cablesim.lifecycle.JobModel;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.lifecycle.OperationsModel;
import org.cablesim.lifecycle.RepairModel;
import org.cablesim.lifecycle.SparesPolicy;
import org.cablesim.lifecycle.UpgradeWave;
import org.cablesim.scenario.JobSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.UniformDistribution;

/** Maps a scenario's lifecycle settings onto the lifecycle simulation's model, value for value. */
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
                c.reflectanceRiseDb(), c.reflectanceLimitDb());
        OperationsModel operations = new OperationsModel(failures,
                spec.flaps(), contamination,
                spec.ageingDbPerYear(), spec.neighbourDisturbance());
        var r = spec.repair();
        Map<PartKind, Distribution> replace = new EnumMap<>(PartKind.class);
        r.replace().forEach((kind, hours) -> replace.put(kind, hours));
        Map<PartKind, Integer> stock = new EnumMap<>(PartKind.class);
        spec.spares().perKind().forEach((kind, n) -> stock.put(kind, n));
        SparesPolicy spares = new SparesPolicy(stock, spec.spares().fractionOfInstalled(),
                spec.spares().restockDays() * 24);
        RepairModel repairs = new RepairModel(r.crews(), r.detectionDelay(), r.travel(),
                replace, r.misdiagnosisShare(), spares);
        return new LifecycleModel(spec.turnUp(), operations, repairs, job(spec.job(), gpusPerServer), waves);
    }

    /** The job model: hours from the file's minutes and seconds. */
    static JobModel job(JobSpec j, int gpusPerServer) {
        return new JobModel(gpusPerServer, Math.toIntExact(j.gpus()), j.checkpointIntervalHours(),
                j.restartMinutes() / 60, j.interruptionToleranceSeconds() / 3600);
    }
}
