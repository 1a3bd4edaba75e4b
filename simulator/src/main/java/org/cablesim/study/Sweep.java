package org.cablesim.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter sweep's results (summary.json {@code sweeps[]}, sweep.csv): every plan's figures at every swept
 * value, and the plan recommended at each, so that a sweep reports exactly what a run at that value would.
 *
 * @param parameter the swept field's path as written
 * @param points    one per swept value, in the order written
 */
public record Sweep(String parameter, List<Sweep.Point> points) {
    /** The metrics a sweep follows, in output order. */
    public static final List<Metric> METRICS = List.of(Metric.COST_USD, Metric.DARK_FRACTION,
            Metric.LINK_FAILURE_PROBABILITY, Metric.EXPECTED_FAILING_LINKS, Metric.MARGIN_P1_DB, Metric.AVAILABILITY,
            Metric.JOB_INTERRUPTIONS_PER_YEAR, Metric.LOST_GPU_HOURS_PER_YEAR, Metric.HORIZON_COST_USD);

    public Sweep {
        Objects.requireNonNull(parameter, "parameter");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one value");
        }
    }

    /**
     * The study at one swept value.
     *
     * @param value       the value as written
     * @param plans       every plan's figures there, in scenario order
     * @param recommended the plan recommended there, or null when none could be
     */
    public record Point(String value, List<PlanFigures> plans, String recommended) {
        public Point {
            Objects.requireNonNull(value, "value");
            plans = List.copyOf(plans);
        }

        /** The named plan's figures at this value, if it ran here. */
        public Optional<PlanFigures> plan(String name) {
            return plans.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    /** The runs grouped into sweeps, sweeps in index order, values in run order. */
    public static List<Sweep> group(List<SweepRun> runs) {
        List<Sweep> sweeps = new ArrayList<>();
        int index = -1;
        String parameter = null;
        List<Point> points = new ArrayList<>();
        for (SweepRun run : runs) {
            if (run.sweepIndex() != index) {
                if (parameter != null) {
                    sweeps.add(new Sweep(parameter, points));
                }
                index = run.sweepIndex();
                parameter = run.parameter();
                points = new ArrayList<>();
            }
            StudyResult r = run.result();
            points.add(new Point(run.valueText(), r.plans().stream().map(PlanFigures::of).toList(),
                    r.comparison().recommendation().plan()));
        }
        if (parameter != null) {
            sweeps.add(new Sweep(parameter, points));
        }
        return sweeps;
    }

    /** The swept values as written. */
    public List<String> values() {
        return points.stream().map(Point::value).toList();
    }

    /** Every plan that ran at some value, in first-seen order. */
    public List<String> planNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        points.forEach(p -> p.plans().forEach(f -> names.add(f.name())));
        return List.copyOf(names);
    }

    /** The value of {@code metric} for {@code plan} at point {@code index}, if estimated there. */
    public Optional<Figure> figure(int index, String plan, Metric metric) {
        return points.get(index).plan(plan).flatMap(f -> f.metric(metric));
    }

    /** The {@link #METRICS} some plan has at some value, in that order. */
    public List<Metric> metrics() {
        List<Metric> present = new ArrayList<>();
        for (Metric m : METRICS) {
            boolean any = false;
            for (int i = 0; i < points.size() && !any; i++) {
                for (String plan : planNames()) {
                    any |= figure(i, plan, m).isPresent();
                }
            }
            if (any) {
                present.add(m);
            }
        }
        return present;
    }

    /** Whether some plan's value of {@code metric} differs between two swept values beyond floating-point noise. */
    public boolean changes(Metric metric) {
        for (String plan : planNames()) {
            Double first = null;
            for (int i = 0; i < points.size(); i++) {
                Optional<Figure> f = figure(i, plan, metric);
                if (f.isEmpty()) {
                    continue;
                }
                double v = f.get().value();
                if (first == null) {
                    first = v;
                } else if (!Figure.isNoise(v - first, Math.max(Math.abs(v), Math.abs(first)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every value is a finite number (the sweep can be drawn on a numeric axis). */
    public boolean numeric() {
        return points.stream().allMatch(p -> Double.isFinite(number(p.value())));
    }

    /** Point {@code index}'s value as a number, NaN when it is not one. */
    public double numericValue(int index) {
        return number(points.get(index).value());
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
