package org.cablesim.lifecycle;


import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.cablesim.scenario.PartKind;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.UniformDistribution;

/**
 * How outages are repaired. A hard failure is detected, waits for a spare, then for a crew (FIFO); the crew
 * travels, replaces the part (re-mating the connections it joins, which may dirty them and disturb their
 * neighbours), tests every link the part carries and reworks those over budget as at turn-up. A link over
 * budget (dirt, ageing, disturbance) gets a crew that reworks it. With {@code misdiagnosisProbability} the
 * first visit of an outage swaps a wrong part (a transceiver or cord of the link, re-mating it) and the link
 * stays down; a second visit follows at once and is always right.
 *
 * @param crews                  repair crews, ≥ 0; 0 means unlimited
 * @param detectionHours         failure to repair request, hours
 * @param travelHours            crew travel to the rack, hours
 * @param replaceHours           hands-on time to replace a component, per kind (every kind), hours
 * @param misdiagnosisProbability share of first visits that fix the wrong part, [0, 1]
 * @param spares                 spares policy
 */
public record RepairModel(int crews, Distribution detectionHours, Distribution travelHours,
        Map<PartKind, Distribution> replaceHours, double misdiagnosisProbability, SparesPolicy spares) {
    public RepairModel {
        if (crews < 0) {
            throw new IllegalArgumentException("crews must be >= 0 (0 = unlimited), was " + crews);
        }
        Objects.requireNonNull(detectionHours, "detectionHours");
        Objects.requireNonNull(travelHours, "travelHours");
        EnumMap<PartKind, Distribution> copy = new EnumMap<>(PartKind.class);
        copy.putAll(replaceHours);
        for (PartKind kind : PartKind.values()) {
            Objects.requireNonNull(copy.get(kind), "replaceHours needs every kind, missing " + kind);
        }
        replaceHours = Collections.unmodifiableMap(copy);
        Checks.probability("misdiagnosisProbability", misdiagnosisProbability);
        Objects.requireNonNull(spares, "spares");
    }

    /** The defaults of {@link LifecycleDefaults}. */
    public static RepairModel defaults() {
        EnumMap<PartKind, Distribution> hours = new EnumMap<>(PartKind.class);
        Distribution swap = new UniformDistribution(LifecycleDefaults.SWAP_MIN_HOURS, LifecycleDefaults.SWAP_MAX_HOURS);
        hours.put(PartKind.TRANSCEIVER, swap);
        hours.put(PartKind.CORD, swap);
        hours.put(PartKind.SWITCH_PORT, swap);
        hours.put(PartKind.TRUNK,
                new UniformDistribution(LifecycleDefaults.TRUNK_MIN_HOURS, LifecycleDefaults.TRUNK_MAX_HOURS));
        hours.put(PartKind.CASSETTE,
                new UniformDistribution(LifecycleDefaults.CASSETTE_MIN_HOURS, LifecycleDefaults.CASSETTE_MAX_HOURS));
        return new RepairModel(LifecycleDefaults.CREWS,
                new UniformDistribution(LifecycleDefaults.DETECTION_MIN_HOURS, LifecycleDefaults.DETECTION_MAX_HOURS),
                new UniformDistribution(LifecycleDefaults.TRAVEL_MIN_HOURS, LifecycleDefaults.TRAVEL_MAX_HOURS),
                hours, LifecycleDefaults.MISDIAGNOSIS, SparesPolicy.defaults());
    }

    /** The same replace-time distribution for every kind. */
    public static Map<PartKind, Distribution> sameForAll(Distribution hours) {
        EnumMap<PartKind, Distribution> m = new EnumMap<>(PartKind.class);
        for (PartKind kind : PartKind.values()) {
            m.put(kind, hours);
        }
        return m;
    }

    /** This model with another crew count (0 = unlimited). */
    public RepairModel withCrews(int n) {
        return new RepairModel(n, detectionHours, travelHours, replaceHours, misdiagnosisProbability, spares);
    }

    /** This model with another misdiagnosis probability. */
    public RepairModel withMisdiagnosis(double p) {
        return new RepairModel(crews, detectionHours, travelHours, replaceHours, p, spares);
    }

    /** This model with another spares policy. */
    public RepairModel withSpares(SparesPolicy s) {
        return new RepairModel(crews, detectionHours, travelHours, replaceHours, misdiagnosisProbability, s);
    }
}
