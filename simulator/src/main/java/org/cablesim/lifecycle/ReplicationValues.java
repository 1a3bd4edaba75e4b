package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The headline figures of every replication, in replication order: what a paired comparison of two plans run
 * with the same seed needs (replication r of one plan is paired with replication r of the other).
 *
 * @param availability            link availability per replication, [0, 1]
 * @param jobInterruptionsPerYear training-job interruptions per year per replication
 * @param lostGpuHoursPerYear     GPU hours lost per year per replication
 */
public record ReplicationValues(List<Double> availability, List<Double> jobInterruptionsPerYear,
        List<Double> lostGpuHoursPerYear) {
    public ReplicationValues {
        availability = List.copyOf(availability);
        jobInterruptionsPerYear = List.copyOf(jobInterruptionsPerYear);
        lostGpuHoursPerYear = List.copyOf(lostGpuHoursPerYear);
        if (availability.size() != jobInterruptionsPerYear.size()
                || availability.size() != lostGpuHoursPerYear.size()) {
            throw new IllegalArgumentException("one value per replication in every list");
        }
    }

    static ReplicationValues of(ReplicationOutcome[] outcomes, double years) {
        return new ReplicationValues(values(outcomes, ReplicationOutcome::availability),
                values(outcomes, o -> o.interruptions() / years), values(outcomes, o -> o.lostGpuHours() / years));
    }

    private static List<Double> values(ReplicationOutcome[] outcomes, ToDoubleFunction<ReplicationOutcome> f) {
        List<Double> out = new ArrayList<>(outcomes.length);
        for (ReplicationOutcome o : outcomes) {
            out.add(f.applyAsDouble(o));
        }
        return out;
    }
}
