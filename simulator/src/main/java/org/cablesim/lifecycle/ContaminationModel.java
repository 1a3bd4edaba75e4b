package org.cablesim.lifecycle;


import java.util.Objects;
import org.cablesim.scenario.CleaningChoice;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.UniformDistribution;

/**
 * Dirt from mating: every mating event (turn-up, repair, re-mate, disturbance, upgrade) leaves the connection
 * dirty with {@code dirtyProbability}; dirt adds {@code addedLossDb} to every lane of the connection and raises
 * its reflectance by {@code reflectanceRiseDb}. A link whose lane loss exceeds its budget, or whose reflectances
 * break its PMD's discrete-reflectance table, is down until cleaned.
 *
 * @param dirtyProbability   probability per mating, [0, 1]
 * @param cleansBeforeMating whether a re-mate removes existing dirt first (a new part is always clean)
 * @param addedLossDb        loss a dirty connection adds, dB
 * @param reflectanceRiseDb  reflectance rise of a dirty connection, dB, ≥ 0
 */
public record ContaminationModel(double dirtyProbability, boolean cleansBeforeMating, Distribution addedLossDb,
        double reflectanceRiseDb) {
    public ContaminationModel {
        Checks.probability("dirtyProbability", dirtyProbability);
        Objects.requireNonNull(addedLossDb, "addedLossDb");
        Checks.nonNegative("reflectanceRiseDb", reflectanceRiseDb);
    }

    /** The model of a cleaning policy with the default dirt loss and reflectance rise. */
    public static ContaminationModel forPolicy(CleaningChoice policy) {
        return new ContaminationModel(policy.defaultDirtyShare(), policy.cleansBeforeMating(),
                new UniformDistribution(LifecycleDefaults.DIRT_MIN_DB, LifecycleDefaults.DIRT_MAX_DB),
                LifecycleDefaults.DIRT_REFLECTANCE_RISE_DB);
    }

    /** No contamination: matings never leave dirt. */
    public static ContaminationModel off() {
        return new ContaminationModel(0, true, new FixedDistribution(0), 0);
    }
}
