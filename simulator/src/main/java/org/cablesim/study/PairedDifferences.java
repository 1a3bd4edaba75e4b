package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cablesim.stats.Estimate;
import org.cablesim.lifecycle.ReplicationValues;

/**
 * Paired differences of the lifecycle metrics between every plan and the baseline, paired by replication index:
 * with common random numbers the pairs share their failure, repair and dirt draws wherever the plans share parts,
 * so the differences are far tighter than two independent intervals would suggest.
 */
public final class PairedDifferences {
    /** The metrics compared, in output order. */
    public static final List<Metric> METRICS = List.of(Metric.AVAILABILITY, Metric.JOB_INTERRUPTIONS_PER_YEAR,
            Metric.LOST_GPU_HOURS_PER_YEAR);

    private PairedDifferences() {
    }

    /**
     * The differences of each non-baseline plan, plans in order, metrics in {@link #METRICS} order.
     *
     * @param baseline the baseline plan's name
     * @param plans    every plan's result; plans without a lifecycle section (or the baseline without one) give
     *                 no differences
     * @return the differences, floating-point noise removed ({@link PlanDifference#denoised})
     */
    public static List<PlanDifference> against(String baseline, List<PlanResult> plans) {
        PlanResult base = plans.stream().filter(p -> p.name().equals(baseline)).findFirst().orElse(null);
        List<PlanDifference> out = new ArrayList<>();
        if (base == null || base.lifecycle() == null) {
            return out;
        }
        ReplicationValues b = base.lifecycle().result().perReplication();
        for (PlanResult plan : plans) {
            if (plan == base || plan.lifecycle() == null) {
                continue;
            }
            ReplicationValues v = plan.lifecycle().result().perReplication();
            out.add(difference(plan.name(), METRICS.get(0), v, b, ReplicationValues::availability));
            out.add(difference(plan.name(), METRICS.get(1), v, b, ReplicationValues::jobInterruptionsPerYear));
            out.add(difference(plan.name(), METRICS.get(2), v, b, ReplicationValues::lostGpuHoursPerYear));
        }
        return out;
    }

    private static PlanDifference difference(String plan, Metric metric, ReplicationValues v, ReplicationValues b,
            Function<ReplicationValues, List<Double>> metricOf) {
        List<Double> x = metricOf.apply(v);
        List<Double> y = metricOf.apply(b);
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("plans " + plan + " and the baseline ran different replications");
        }
        double[] d = new double[x.size()];
        double scale = 0;
        for (int r = 0; r < d.length; r++) {
            d[r] = x.get(r) - y.get(r);
            scale = Math.max(scale, Math.max(Math.abs(x.get(r)), Math.abs(y.get(r))));
        }
        Estimate e = Estimate.of(d);
        return PlanDifference.denoised(plan, metric, e.mean(), e.ci95(), scale);
    }
}
