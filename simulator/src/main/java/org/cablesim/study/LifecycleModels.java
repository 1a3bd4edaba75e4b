package org.cablesim.study;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import org.cablesim.lifecycle.ComponentKind;
import org.cablesim.lifecycle.ContaminationModel;
import org.cablesim.lifecycle.Distribution;
import org.cablesim.lifecycle.FlapModel;
import org.cablesim.lifecycle.JobModel;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.lifecycle.OperationsModel;
import org.cablesim.lifecycle.RepairModel;
import org.cablesim.lifecycle.SparesPolicy;
import org.cablesim.lifecycle.TurnUpModel;
import org.cablesim.lifecycle.UpgradeWave;
import org.cablesim.scenario.CleaningChoice;
import org.cablesim.scenario.DurationSpec;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.JobSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;

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
        var t = spec.turnUp();
        TurnUpModel turnUp = new TurnUpModel(t.crews(), t.maxRemateAttempts(), t.testMinutes(), t.remateMinutes(),
                t.replaceMinutes());
        Map<ComponentKind, Distribution> failures = new EnumMap<>(ComponentKind.class);
        spec.failures().forEach((kind, law) -> {
            if (law.perYear() > 0) {
                failures.put(kind(kind), timeToFailure(law));
            }
        });
        var c = spec.contamination();
        ContaminationModel contamination = new ContaminationModel(c.dirtyShare(),
                spec.cleaning() != CleaningChoice.NONE, Distribution.uniform(c.minDb(), c.maxDb()),
                c.reflectanceRiseDb(), c.reflectanceLimitDb());
        OperationsModel operations = new OperationsModel(failures,
                new FlapModel(spec.flaps().perLinkYear(), distribution(spec.flaps().duration())), contamination,
                spec.ageingDbPerYear(), spec.neighbourDisturbance());
        var r = spec.repair();
        Map<ComponentKind, Distribution> replace = new EnumMap<>(ComponentKind.class);
        r.replace().forEach((kind, hours) -> replace.put(kind(kind), distribution(hours)));
        Map<ComponentKind, Integer> stock = new EnumMap<>(ComponentKind.class);
        spec.spares().perKind().forEach((kind, n) -> stock.put(kind(kind), n));
        SparesPolicy spares = new SparesPolicy(stock, spec.spares().fractionOfInstalled(),
                spec.spares().restockDays() * 24);
        RepairModel repairs = new RepairModel(r.crews(), distribution(r.detectionDelay()), distribution(r.travel()),
                replace, r.misdiagnosisShare(), spares);
        return new LifecycleModel(turnUp, operations, repairs, job(spec.job(), gpusPerServer), waves);
    }

    /** The job model: hours from the file's minutes and seconds. */
    static JobModel job(JobSpec j, int gpusPerServer) {
        return new JobModel(gpusPerServer, Math.toIntExact(j.gpus()), j.checkpointIntervalHours(),
                j.restartMinutes() / 60, j.interruptionToleranceSeconds() / 3600);
    }

    /** The lifecycle distribution of a duration spec (hours). */
    static Distribution distribution(DurationSpec d) {
        if (d instanceof DurationSpec.Fixed f) {
            return Distribution.fixed(f.hours());
        }
        if (d instanceof DurationSpec.Exponential e) {
            return Distribution.exponential(e.meanHours());
        }
        if (d instanceof DurationSpec.Uniform u) {
            return Distribution.uniform(u.minHours(), u.maxHours());
        }
        if (d instanceof DurationSpec.Lognormal l) {
            return new Distribution.Lognormal(l.medianHours(), l.sigma());
        }
        DurationSpec.Weibull w = (DurationSpec.Weibull) d;
        return new Distribution.Weibull(w.shape(), w.scaleHours());
    }

    /**
     * Time to failure of a new part: exponential for shape 1, else Weibull with mean 1 / perYear years.
     *
     * @param law the failure law, perYear &gt; 0
     */
    static Distribution timeToFailure(FailureLawSpec law) {
        if (law.weibullShape() == 1) {
            return Distribution.exponentialPerYear(law.perYear());
        }
        double meanHours = Distribution.HOURS_PER_YEAR / law.perYear();
        double scale = meanHours / Math.exp(Gamma.logGamma(1 + 1 / law.weibullShape()));
        return new Distribution.Weibull(law.weibullShape(), scale);
    }

    static ComponentKind kind(PartKind kind) {
        return ComponentKind.valueOf(kind.name());
    }
}
