package org.cablesim.lifecycle;

import java.util.List;
import java.util.Objects;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.scenario.TurnUpSpec;

/**
 * Everything the lifecycle simulation needs besides the plant and the run settings.
 *
 * @param turnUp     turn-up procedure
 * @param operations failures, flaps, contamination and ageing in service
 * @param repairs    crews, repair times (hours) and misdiagnosis
 * @param spares     spares policy
 * @param jobs       training-job model
 * @param upgrades   scheduled upgrade waves, in any order
 * @param expansions planned growth phases, in day order; the links they install are out of service before
 */
public record LifecycleModel(TurnUpSpec turnUp, OperationsModel operations, RepairSpec repairs, SparesSpec spares,
        JobModel jobs, List<UpgradeWave> upgrades, List<Expansion> expansions) {
    public LifecycleModel {
        Objects.requireNonNull(turnUp, "turnUp");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(repairs, "repairs");
        Objects.requireNonNull(spares, "spares");
        Objects.requireNonNull(jobs, "jobs");
        upgrades = List.copyOf(upgrades);
        expansions = List.copyOf(expansions);
        for (int i = 1; i < expansions.size(); i++) {
            if (!(expansions.get(i).day() > expansions.get(i - 1).day())) {
                throw new IllegalArgumentException("expansions must come in day order");
            }
        }
    }

    /** A model of a plant that never grows. */
    public LifecycleModel(TurnUpSpec turnUp, OperationsModel operations, RepairSpec repairs, SparesSpec spares,
            JobModel jobs, List<UpgradeWave> upgrades) {
        this(turnUp, operations, repairs, spares, jobs, upgrades, List.of());
    }

    /** published field data (Llama 3, HPN, CorrOpt) defaults, no upgrades. */
    public static LifecycleModel defaults() {
        return new LifecycleModel(LifecycleDefaults.turnUp(), OperationsModel.defaults(), LifecycleDefaults.repair(),
                LifecycleDefaults.spares(), JobModel.defaults(), List.of());
    }

    /** This model with another turn-up procedure. */
    public LifecycleModel withTurnUp(TurnUpSpec t) {
        return new LifecycleModel(t, operations, repairs, spares, jobs, upgrades, expansions);
    }

    /** This model with other operations. */
    public LifecycleModel withOperations(OperationsModel o) {
        return new LifecycleModel(turnUp, o, repairs, spares, jobs, upgrades, expansions);
    }

    /** This model with other repairs. */
    public LifecycleModel withRepairs(RepairSpec r) {
        return new LifecycleModel(turnUp, operations, r, spares, jobs, upgrades, expansions);
    }

    /** This model with another spares policy. */
    public LifecycleModel withSpares(SparesSpec s) {
        return new LifecycleModel(turnUp, operations, repairs, s, jobs, upgrades, expansions);
    }

    /** This model with another job model. */
    public LifecycleModel withJobs(JobModel j) {
        return new LifecycleModel(turnUp, operations, repairs, spares, j, upgrades, expansions);
    }

    /** This model with these expansions. */
    public LifecycleModel withExpansions(List<Expansion> phases) {
        return new LifecycleModel(turnUp, operations, repairs, spares, jobs, upgrades, phases);
    }

    /** This model with these upgrade waves. */
    public LifecycleModel withUpgrades(List<UpgradeWave> waves) {
        return new LifecycleModel(turnUp, operations, repairs, spares, jobs, waves, expansions);
    }
}
