package org.cablesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.cablesim.study.Metric;

/**
 * How summary.json (and comparison.csv, which repeats its rows) writes numbers: installation-loss figures to 6
 * significant digits, lifecycle figures to 10, margins to 4 decimals (their resolution is 0.001 dB), money to
 * cents, shares to 6 decimals, counts as integers. A figure that is not finite is written as null.
 */
final class SummaryNumbers {
    private static final MathContext LOSS_DIGITS = new MathContext(6);
    private static final MathContext LIFECYCLE_DIGITS = new MathContext(10);

    private SummaryNumbers() {
    }

    /** An installation-loss figure to 6 significant digits, or null when not finite. */
    static Double loss(double v) {
        return significant(v, LOSS_DIGITS);
    }

    /** A lifecycle figure to 10 significant digits, or null when not finite. */
    static Double lifecycle(double v) {
        return significant(v, LIFECYCLE_DIGITS);
    }

    /** A margin to 4 decimals, or null when not finite. */
    static Double margin(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null;
    }

    /** {@code value} rounded to {@code decimals} decimals (money: 2, shares: 6). */
    static double decimals(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static Double significant(double v, MathContext digits) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return v == 0 ? 0.0 : new BigDecimal(v).round(digits).doubleValue();
    }

    /**
     * A metric's value as summary.json writes it in {@code comparison.rows} and sweeps: rounded like the plan
     * field it repeats; a {@link Long} for counts; null when not finite.
     */
    static Number metric(Metric metric, double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (metric.fromLossStage()) {
            return metric == Metric.MARGIN_P1_DB || metric == Metric.MARGIN_P50_DB ? margin(value) : loss(value);
        }
        if (metric.fromLifecycleStage()) {
            return lifecycle(value);
        }
        return switch (metric) {
            case DARK_FRACTION -> Double.valueOf(decimals(value, 6));
            case COST_USD, GROWTH_CAPEX_USD, STRANDED_COST_USD -> Double.valueOf(decimals(value, 2));
            case HORIZON_COST_USD -> lifecycle(value); // as growth.totalUsd, a mean over replications
            default -> Long.valueOf(Math.round(value)); // the plant's counts
        };
    }

    /** A paired difference of {@code metric} as written in {@code comparison.differences}. */
    static Double difference(Metric metric, double value) {
        return metric.fromLossStage() ? loss(value) : lifecycle(value);
    }

    /** Writes {@code field: value}, null when the value is null. */
    static void write(JsonGenerator g, String field, Number value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else if (value instanceof Long l) {
            g.writeNumberField(field, l);
        } else if (value instanceof Integer i) {
            g.writeNumberField(field, i);
        } else {
            g.writeNumberField(field, value.doubleValue());
        }
    }

    /** Writes {@code value} as an array element, null when the value is null. */
    static void write(JsonGenerator g, Number value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    /** For mix-ins: a double written through one of the rounding rules above. */
    private abstract static class Rounded extends StdSerializer<Double> {
        Rounded() {
            super(Double.class);
        }

        abstract Double round(double value);

        @Override
        public void serialize(Double value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(g, round(value));
        }
    }

    /** A double written as a lifecycle figure. */
    static final class Lifecycle extends Rounded {
        @Override
        Double round(double value) {
            return lifecycle(value);
        }
    }

    /** A double written as an installation-loss figure. */
    static final class Loss extends Rounded {
        @Override
        Double round(double value) {
            return loss(value);
        }
    }

    /** A double written as a margin. */
    static final class Margin extends Rounded {
        @Override
        Double round(double value) {
            return margin(value);
        }
    }

    /** Writes {@code field: {key: count, …}} in the map's order. */
    static void counts(JsonGenerator g, String field, Map<String, Integer> counts) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** Writes {@code field: [text, …]}. */
    static void strings(JsonGenerator g, String field, List<String> texts) throws IOException {
        g.writeArrayFieldStart(field);
        for (String text : texts) {
            g.writeString(text);
        }
        g.writeEndArray();
    }
}
