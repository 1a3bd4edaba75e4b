package org.cablesim.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;

/**
 * How outages are repaired in service.
 *
 * @param crews              repair crews, ≥ 0; 0 = unlimited
 * @param detectionDelay     failure to repair request
 * @param travel             crew travel to the rack
 * @param replace            hands-on time to replace a part, for every kind
 * @param misdiagnosisShare  share of first visits that swap the wrong part, [0, 1]
 */
public record RepairSpec(int crews, Distribution detectionDelay, Distribution travel,
        Map<PartKind, Distribution> replace, double misdiagnosisShare) {
    public RepairSpec {
        Checks.atLeast("crews", crews, 0);
        Objects.requireNonNull(detectionDelay, "detectionDelay");
        Objects.requireNonNull(travel, "travel");
        EnumMap<PartKind, Distribution> copy = new EnumMap<>(PartKind.class);
        copy.putAll(replace);
        for (PartKind kind : PartKind.values()) {
            Objects.requireNonNull(copy.get(kind), "replace needs every kind, missing " + kind);
        }
        replace = Collections.unmodifiableMap(copy);
        Checks.probability("misdiagnosisShare", misdiagnosisShare);
    }

    /** The same replace-time distribution, hours, for every kind. */
    public static Map<PartKind, Distribution> sameForAll(Distribution hours) {
        EnumMap<PartKind, Distribution> m = new EnumMap<>(PartKind.class);
        for (PartKind kind : PartKind.values()) {
            m.put(kind, hours);
        }
        return m;
    }

    /** These settings with another crew count (0 = unlimited). */
    public RepairSpec withCrews(int n) {
        return new RepairSpec(n, detectionDelay, travel, replace, misdiagnosisShare);
    }

    /** These settings with another misdiagnosis share. */
    public RepairSpec withMisdiagnosisShare(double share) {
        return new RepairSpec(crews, detectionDelay, travel, replace, share);
    }
}
