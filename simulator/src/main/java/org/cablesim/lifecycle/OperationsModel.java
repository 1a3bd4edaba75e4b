package org.cablesim.lifecycle;


import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.FlapSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;

/**
 * What happens to the plant in service.
 *
 * @param timeToFailureHours       time to hard failure of a new component, per kind, hours; a kind left out
 *                                 never fails. A replaced component starts afresh (Weibull shape &lt; 1 then
 *                                 models infant mortality of the new part)
 * @param flaps                    link flaps
 * @param contamination            dirt from matings
 * @param ageingDbPerConnectionYear loss drift of every lane per connection per year since its last mating,
 *                                 dB, ≥ 0
 * @param neighbourDisturbance     whether working on a connection re-mates the other links' connections on
 *                                 the same shared part (new loss draw, dirt risk)
 */
public record OperationsModel(Map<PartKind, Distribution> timeToFailureHours, FlapSpec flaps,
        ContaminationModel contamination, double ageingDbPerConnectionYear, boolean neighbourDisturbance) {
    public OperationsModel {
        EnumMap<PartKind, Distribution> copy = new EnumMap<>(PartKind.class);
        copy.putAll(timeToFailureHours);
        copy.values().forEach(d -> Objects.requireNonNull(d, "timeToFailureHours value"));
        timeToFailureHours = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(flaps, "flaps");
        Objects.requireNonNull(contamination, "contamination");
        Checks.nonNegative("ageingDbPerConnectionYear", ageingDbPerConnectionYear);
    }

    /** Exponential failures at the {@link LifecycleDefaults} rates, default flaps, inspect-and-clean, ageing. */
    public static OperationsModel defaults() {
        return new OperationsModel(defaultFailures(), LifecycleDefaults.flaps(),
                ContaminationModel.forPolicy(LifecycleDefaults.CLEANING),
                LifecycleDefaults.AGEING_DB_PER_CONNECTION_YEAR, true);
    }

    /** Exponential times to failure at the {@link LifecycleDefaults} annual rates. */
    public static Map<PartKind, Distribution> defaultFailures() {
        EnumMap<PartKind, Distribution> m = new EnumMap<>(PartKind.class);
        m.put(PartKind.TRANSCEIVER, new FailureLawSpec(LifecycleDefaults.TRANSCEIVER_PER_YEAR, 1).timeToFailureHours());
        m.put(PartKind.CORD, new FailureLawSpec(LifecycleDefaults.CORD_PER_YEAR, 1).timeToFailureHours());
        m.put(PartKind.TRUNK, new FailureLawSpec(LifecycleDefaults.TRUNK_PER_YEAR, 1).timeToFailureHours());
        m.put(PartKind.CASSETTE, new FailureLawSpec(LifecycleDefaults.CASSETTE_PER_YEAR, 1).timeToFailureHours());
        m.put(PartKind.SWITCH_PORT, new FailureLawSpec(LifecycleDefaults.SWITCH_PORT_PER_YEAR, 1).timeToFailureHours());
        return m;
    }

    /** This model with other failure laws. */
    public OperationsModel withFailures(Map<PartKind, Distribution> laws) {
        return new OperationsModel(laws, flaps, contamination, ageingDbPerConnectionYear, neighbourDisturbance);
    }

    /** This model with other flaps. */
    public OperationsModel withFlaps(FlapSpec f) {
        return new OperationsModel(timeToFailureHours, f, contamination, ageingDbPerConnectionYear,
                neighbourDisturbance);
    }

    /** This model with another contamination model. */
    public OperationsModel withContamination(ContaminationModel c) {
        return new OperationsModel(timeToFailureHours, flaps, c, ageingDbPerConnectionYear, neighbourDisturbance);
    }

    /** This model with another ageing rate, dB per connection-year. */
    public OperationsModel withAgeing(double dbPerConnectionYear) {
        return new OperationsModel(timeToFailureHours, flaps, contamination, dbPerConnectionYear,
                neighbourDisturbance);
    }

    /** This model with neighbour disturbance on or off. */
    public OperationsModel withNeighbourDisturbance(boolean on) {
        return new OperationsModel(timeToFailureHours, flaps, contamination, ageingDbPerConnectionYear, on);
    }
}
