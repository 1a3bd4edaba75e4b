package org.cablesim.lifecycle;

import java.util.List;
import java.util.Objects;
import org.cablesim.scenario.TurnUpSpec;

/**
 * Everything the lifecycle simulation needs besides the plant and the run settings.
 *
 * @param turnUp     turn-up procedure
 * @param operations failures, flaps, contamination and ageing in service
 * @param repairs    crews, repair times, misdiagnosis and spares
 * @param jobs       training-job model
 * @param upgrades   scheduled upgrade waves, in any order
 */
public record LifecycleModel(TurnUpSpec turnUp, OperationsModel operations, RepairModel repairs, JobModel jobs,
        List<UpgradeWave> upgrades) {
    public LifecycleModel {
        Objects.requireNonNull(turnUp, "turnUp");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(repairs, "repairs");
        Objects.requireNonNull(jobs, "jobs");
        upgrades = List.copyOf(upgrades);
    }

    /** DOMAIN §7 defaults, no upgrades. */
    public static LifecycleModel defaults() {
        return new LifecycleModel(LifecycleDefaults.turnUp(), OperationsModel.defaults(), RepairModel.defaults(),
                JobModel.defaults(), List.of());
    }

    /** This model with another turn-up procedure. */
    public LifecycleModel withTurnUp(TurnUpSpec t) {
        return new LifecycleModel(t, operations, repairs, jobs, upgrades);
    }

    /** This model with other operations. */
    public LifecycleModel withOperations(OperationsModel o) {
        return new LifecycleModel(turnUp, o, repairs, jobs, upgrades);
    }

    /** This model with other repairs. */
    public LifecycleModel withRepairs(RepairModel r) {
        return new LifecycleModel(turnUp, operations, r, jobs, upgrades);
    }

    /** This model with another job model. */
    public LifecycleModel withJobs(JobModel j) {
        return new LifecycleModel(turnUp, operations, repairs, j, upgrades);
    }

    /** This model with these upgrade waves. */
    public LifecycleModel withUpgrades(List<UpgradeWave> waves) {
        return new LifecycleModel(turnUp, operations, repairs, jobs, waves);
    }
}
