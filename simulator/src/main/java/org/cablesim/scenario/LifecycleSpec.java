package org.cablesim.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cablesim.stats.Checks;

/**
 * Settings of the lifecycle simulation, every default already filled in by the reader.
 *
 * @param replications         independent replications, 1..100000
 * @param horizonDays          simulated operation per replication, days, (0, 36500]
 * @param turnUp               turn-up procedure
 * @param repair               crews, delays, repair times and misdiagnosis
 * @param spares               spares policy
 * @param failures             failure law per part kind (every kind)
 * @param flaps                link flaps
 * @param cleaning             cleaning policy
 * @param contamination        dirt from matings
 * @param ageingDbPerYear      loss drift per connection and year since its last mating, dB, finite, ≥ 0
 * @param neighbourDisturbance whether work on a shared part re-mates its other links' connections
 * @param job                  training jobs
 * @param upgrades             upgrade waves in file order, names unique, each starting before the horizon
 */
public record LifecycleSpec(int replications, double horizonDays, TurnUpSpec turnUp, RepairSpec repair,
        SparesSpec spares, Map<PartKind, FailureLawSpec> failures, FlapSpec flaps, CleaningChoice cleaning,
        ContaminationSpec contamination, double ageingDbPerYear, boolean neighbourDisturbance, JobSpec job,
        List<UpgradeWaveSpec> upgrades) {
    /** Hours in a (Julian) year, 365.25 × 24: the year of every "per year" figure of the lifecycle. */
    public static final double HOURS_PER_YEAR = 8766.0;

    public LifecycleSpec {
        if (replications < 1 || replications > 100_000) {
            throw new IllegalArgumentException("replications must be in 1..100000, was " + replications);
        }
        if (!(horizonDays > 0 && horizonDays <= 36_500)) {
            throw new IllegalArgumentException("horizonDays must be in (0, 36500], was " + horizonDays);
        }
        Objects.requireNonNull(turnUp, "turnUp");
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(spares, "spares");
        EnumMap<PartKind, FailureLawSpec> laws = new EnumMap<>(PartKind.class);
        laws.putAll(failures);
        for (PartKind kind : PartKind.values()) {
            Objects.requireNonNull(laws.get(kind), "failures needs every kind, missing " + kind);
        }
        failures = Collections.unmodifiableMap(laws);
        Objects.requireNonNull(flaps, "flaps");
        Objects.requireNonNull(cleaning, "cleaning");
        Objects.requireNonNull(contamination, "contamination");
        Checks.nonNegative("ageingDbPerYear", ageingDbPerYear);
        Objects.requireNonNull(job, "job");
        upgrades = List.copyOf(upgrades);
        var names = new HashSet<String>();
        for (UpgradeWaveSpec wave : upgrades) {
            if (!names.add(wave.name())) {
                throw new IllegalArgumentException("duplicate upgrade name " + wave.name());
            }
            if (!(wave.day() < horizonDays)) {
                throw new IllegalArgumentException("upgrade " + wave.name() + " starts on day " + wave.day()
                        + ", not before the horizon of " + horizonDays + " days");
            }
        }
    }

    /** These settings with other replications and horizon (e.g. lighter runs in tests). */
    public LifecycleSpec withRun(int newReplications, double newHorizonDays) {
        return new LifecycleSpec(newReplications, newHorizonDays, turnUp, repair, spares, failures, flaps, cleaning,
                contamination, ageingDbPerYear, neighbourDisturbance, job, upgrades);
    }
}
