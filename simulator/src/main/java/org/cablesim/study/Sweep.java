package org.cablesim.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter sweep's or study design's results (summary.json {@code sweeps[]}, sweep.csv): every plan's figures
 * at every point, and the plan recommended at each, so that a point reports exactly what a run there would. A sweep
 * varies one field; a design (a grid or a Latin hypercube) varies several together, and each point then has one
 * value per parameter.
 *
 * @param design     {@value #SWEEP}, or the design's kind as the scenario spells it ({@code grid},
 *                   {@code latin-hypercube})
 * @param parameters the varied fields' paths as written, ≥ 1
 * @param points     one per point, in run order
 */
public record Sweep(String design, List<String> parameters, List<Sweep.Point> points) {
    /** The metrics a sweep follows, in output order. */
    public static final List<Metric> METRICS = List.of(Metric.COST_USD, Metric.DARK_FRACTION,
            Metric.LINK_FAILURE_PROBABILITY, Metric.EXPECTED_FAILING_LINKS, Metric.MARGIN_P1_DB, Metric.AVAILABILITY,
            Metric.JOB_INTERRUPTIONS_PER_YEAR, Metric.LOST_GPU_HOURS_PER_YEAR, Metric.HORIZON_COST_USD);
    /** The design name of a one-parameter sweep. */
    public static final String SWEEP = "sweep";
    /** Joins the parameters, and a point's values, into one text (sweep.csv's columns, table headings). */
    public static final String JOIN = "; ";

    public Sweep {
        Objects.requireNonNull(design, "design");
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a sweep varies at least one parameter");
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one value");
        }
        for (Point p : points) {
            if (p.values().size() != parameters.size()) {
                throw new IllegalArgumentException("a point has " + p.values().size() + " values for "
                        + parameters.size() + " parameters");
            }
        }
    }

    /** A one-parameter sweep. */
    public Sweep(String parameter, List<Point> points) {
        this(SWEEP, List.of(parameter), points);
    }

    /** The varied fields as one text: the parameter of a sweep, the parameters joined by {@value #JOIN}. */
    public String parameter() {
        return String.join(JOIN, parameters);
    }

    /**
     * The study at one point.
     *
     * @param values      the point's value of each parameter, as written
     * @param plans       every plan's figures there, in scenario order
     * @param recommended the plan recommended there, or null when none could be
     */
    public record Point(List<String> values, List<PlanPoint> plans, String recommended) {
        public Point {
            values = List.copyOf(values);
            plans = List.copyOf(plans);
        }

        /** A one-parameter point from full plan figures. */
        public Point(String value, List<PlanFigures> plans, String recommended) {
            this(List.of(value), plans.stream().map(PlanPoint::of).toList(), recommended);
        }

        /** The point of a study run at {@code values}. */
        public static Point of(List<String> values, StudyResult result) {
            return new Point(values, result.plans().stream().map(p -> PlanPoint.of(PlanFigures.of(p))).toList(),
                    result.comparison().recommendation().plan());
        }

        /** The values as one text, joined by {@value #JOIN}. */
        public String value() {
            return String.join(JOIN, values);
        }

        /** The named plan's figures at this point, if it ran here. */
        public Optional<PlanPoint> plan(String name) {
            return plans.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    /**
     * One plan's figures at one point: its {@link #METRICS} that the study estimated (the figures a sweep follows,
     * not the plan's full results, so that a study of many points stays small).
     *
     * @param name    plan name
     * @param figures each metric's figure, only those estimated and finite
     */
    public record PlanPoint(String name, Map<Metric, Figure> figures) {
        public PlanPoint {
            Objects.requireNonNull(name, "name");
            figures = Collections.unmodifiableMap(figures.isEmpty() ? new EnumMap<>(Metric.class)
                    : new EnumMap<>(figures));
        }

        /** The sweep metrics of a plan's figures. */
        public static PlanPoint of(PlanFigures plan) {
            Map<Metric, Figure> figures = new EnumMap<>(Metric.class);
            for (Metric m : METRICS) {
                plan.metric(m).ifPresent(f -> figures.put(m, f));
            }
            return new PlanPoint(plan.name(), figures);
        }

        /** The figure of {@code metric}, if estimated. */
        public Optional<Figure> metric(Metric metric) {
            return Optional.ofNullable(figures.get(metric));
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
            points.add(Point.of(List.of(run.valueText()), run.result()));
        }
        if (parameter != null) {
            sweeps.add(new Sweep(parameter, points));
        }
        return sweeps;
    }

    /** The points' values as written (each point's values joined by {@value #JOIN}). */
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
        return parameters.size() == 1 && points.stream().allMatch(p -> Double.isFinite(number(p.value())));
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
