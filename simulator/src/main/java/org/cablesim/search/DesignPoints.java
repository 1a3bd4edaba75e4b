package org.cablesim.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.io.DesignKind;
import org.cablesim.io.DesignSection;
import org.cablesim.io.FactorSection;
import org.cablesim.io.Setting;
import org.cablesim.io.StudySection;
import org.cablesim.io.SweepSection;
import org.cablesim.random.RandomStreams;
import org.cablesim.study.Sweep;

/**
 * Every point of a study's sweeps and designs, in run order: each sweep's values, then each design's points (a
 * grid's combinations with the last factor varying fastest, computed from the point's index). A Latin hypercube
 * cuts each factor's range into as many equal strata as points and gives every stratum exactly one point (McKay,
 * Beckman and Conover, Technometrics 21(2), 1979); the strata's order per factor and the place within each stratum
 * come from the random stream {@code (seed, "design-lhs", "<design>/<factor>")}, so a design depends only on the
 * scenario and the seed. Values are rounded to {@value #DIGITS} significant digits (or to whole numbers).
 */
public final class DesignPoints {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Significant digits of a Latin hypercube's values. */
    static final int DIGITS = 6;

    /**
     * One sweep or design.
     *
     * @param kind       {@link Sweep#SWEEP}, {@code grid} or {@code latin-hypercube}
     * @param parameters the varied fields as written
     * @param first      index of its first point
     * @param count      its number of points
     */
    public record Design(String kind, List<String> parameters, int first, int count) {
        public Design {
            parameters = List.copyOf(parameters);
        }
    }

    private final List<Design> designs = new ArrayList<>();
    private final List<List<List<JsonNode>>> values = new ArrayList<>();
    private final int size;

    private DesignPoints(StudySection study, long seed) {
        int first = 0;
        for (SweepSection sweep : study.sweeps()) {
            designs.add(new Design(Sweep.SWEEP, List.of(sweep.parameter()), first, sweep.values().size()));
            values.add(List.of(sweep.values()));
            first += sweep.values().size();
        }
        RandomStreams streams = RandomStreams.of(seed);
        for (int d = 0; d < study.designs().size(); d++) {
            DesignSection design = study.designs().get(d);
            List<String> parameters = design.factors().stream().map(FactorSection::parameter).toList();
            designs.add(new Design(DesignSection.kindName(design.kind()), parameters, first, design.points()));
            values.add(design.kind() == DesignKind.GRID
                    ? design.factors().stream().map(FactorSection::values).toList()
                    : latinHypercube(design, d, streams));
            first += design.points();
        }
        size = first;
    }

    /** The points of {@code study} run with {@code seed}. */
    public static DesignPoints of(StudySection study, long seed) {
        return new DesignPoints(study, seed);
    }

    /** The sweeps and designs, in run order. */
    public List<Design> designs() {
        return List.copyOf(designs);
    }

    /** How many points there are. */
    public int size() {
        return size;
    }

    /** Point {@code index}, 0 ≤ index < {@link #size()}. */
    public DesignPoint point(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of " + size);
        }
        int d = designs.size() - 1;
        while (designs.get(d).first() > index) {
            d--;
        }
        Design design = designs.get(d);
        int local = index - design.first();
        List<List<JsonNode>> columns = values.get(d);
        List<Setting> settings = new ArrayList<>();
        boolean grid = !design.kind().equals(DesignSection.kindName(DesignKind.LATIN_HYPERCUBE));
        int rest = local;
        int[] digits = new int[columns.size()];
        for (int f = columns.size() - 1; f >= 0; f--) {
            int n = columns.get(f).size();
            digits[f] = grid ? rest % n : local;
            rest = grid ? rest / n : rest;
        }
        for (int f = 0; f < columns.size(); f++) {
            settings.add(Setting.of(design.parameters().get(f), columns.get(f).get(digits[f])));
        }
        return new DesignPoint(index, d, settings);
    }

    /** Each factor's value at each point: column f, row i. */
    private static List<List<JsonNode>> latinHypercube(DesignSection design, int d, RandomStreams streams) {
        int n = design.points();
        List<List<JsonNode>> columns = new ArrayList<>();
        for (int f = 0; f < design.factors().size(); f++) {
            FactorSection factor = design.factors().get(f);
            UniformRandomProvider rng = streams.stream("design-lhs", d + "/" + f, 0);
            int[] strata = new int[n];
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            List<JsonNode> column = new ArrayList<>(n);
            double width = factor.max() - factor.min();
            for (int i = 0; i < n; i++) {
                double x = significant(factor.min() + (strata[i] + rng.nextDouble()) / n * width);
                x = Math.min(factor.max(), Math.max(factor.min(), x));
                column.add(factor.integer() ? NODES.numberNode(integer(x, factor)) : NODES.numberNode(x));
            }
            columns.add(column);
        }
        return columns;
    }

    /** {@code x} to {@value #DIGITS} significant digits: the value applied is the value shown. */
    static double significant(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(DIGITS)).doubleValue();
    }

    /** {@code x} rounded to a whole number inside the factor's range. */
    private static long integer(double x, FactorSection factor) {
        long v = Math.round(x);
        if (v > factor.max()) {
            v = (long) Math.floor(factor.max());
        }
        if (v < factor.min()) {
            v = (long) Math.ceil(factor.min());
        }
        return v;
    }
}
