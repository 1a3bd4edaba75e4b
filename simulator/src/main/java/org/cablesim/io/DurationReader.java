package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.UniformDistribution;
import org.cablesim.stats.WeibullDistribution;

/**
 * Reads a duration distribution of the lifecycle section. A plain number is a constant; a mapping names its
 * {@code family} and the parameters of that family, each named with the field's unit ({@code meanHours},
 * {@code minMinutes}, {@code p97Seconds}, …): {@code fixed} (value in the unit's own word, e.g. {@code hours}),
 * {@code exponential} (mean), {@code uniform} (min, max), {@code lognormal} (mean, p97), {@code weibull}
 * (mean, {@code shape}).
 */
final class DurationReader {
    /** The unit a duration field is written in. */
    enum Unit {
        HOURS(1),
        MINUTES(60),
        SECONDS(3600);

        private final double perHour;

        Unit(double perHour) {
            this.perHour = perHour;
        }

        /** A value in this unit converted to hours (a division, so whole minutes and seconds convert exactly). */
        double hours(double value) {
            return value / perHour;
        }

        /** The unit's word in parameter names: {@code Hours}. */
        String suffix() {
            String lower = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }

        /** The fixed value's field name: {@code hours}. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The families a duration may have, in the order the schema lists them. */
    private static final Family[] FAMILIES = {Family.FIXED, Family.EXPONENTIAL, Family.UNIFORM, Family.LOGNORMAL,
        Family.WEIBULL};
    private static final Spelling<Family> FAMILY = Spelling.lowerHyphen(FAMILIES);
    /** Values in any unit stay below 10⁷ (115 days in seconds, 1,141 years in hours). */
    private static final double MAX_VALUE = 1e7;
    private static final double MAX_SHAPE = 100;

    private DurationReader() {
    }

    /**
     * Reads field {@code name} of {@code f}; absent or null gives {@code defaultValue}.
     *
     * @return the distribution in hours, or null when a problem was recorded
     */
    static Distribution read(Fields f, String name, Unit unit, Distribution defaultValue) {
        if (f.describing()) {
            f.describeAs(name, schema(unit));
            return defaultValue != null ? defaultValue : new FixedDistribution(1);
        }
        JsonNode node = f.get(name);
        if (node == null) {
            return defaultValue;
        }
        String path = f.pathOf(name);
        if (node.isNumber()) {
            Double v = Values.toDouble(node, path, f.problems(), DoubleRange.closed(0, MAX_VALUE));
            return v == null ? null : new FixedDistribution(unit.hours(v));
        }
        if (!node.isObject()) {
            f.problems().add(path, "expected a number (" + unit.word() + ") or a mapping with a family, was "
                    + Values.describe(node));
            return null;
        }
        String u = unit.suffix();
        Fields d = Fields.of(node, path, f.problems(), "family", unit.word(), "mean" + u, "min" + u, "max" + u,
                "p97" + u, "shape");
        int before = f.problems().size();
        Family family = d.requiredEnum("family", FAMILY);
        if (family == null) {
            return null;
        }
        Distribution spec = switch (family) {
            case FIXED -> {
                Double v = d.requiredDouble(unit.word(), DoubleRange.closed(0, MAX_VALUE));
                yield v == null ? null : new FixedDistribution(unit.hours(v));
            }
            case EXPONENTIAL -> {
                Double mean = d.requiredDouble("mean" + u, DoubleRange.aboveUpTo(0, MAX_VALUE));
                yield mean == null ? null : new ExponentialDistribution(unit.hours(mean));
            }
            case UNIFORM -> uniform(d, u, unit);
            case LOGNORMAL -> lognormal(d, u, unit);
            case WEIBULL -> {
                Double mean = d.requiredDouble("mean" + u, DoubleRange.aboveUpTo(0, MAX_VALUE));
                Double shape = d.requiredDouble("shape", DoubleRange.aboveUpTo(0, MAX_SHAPE));
                yield mean == null || shape == null ? null : WeibullDistribution.withMean(unit.hours(mean), shape);
            }
            default -> throw new IllegalStateException("not a duration family: " + family);
        };
        for (String field : new String[] {unit.word(), "mean" + u, "min" + u, "max" + u, "p97" + u, "shape"}) {
            if (d.has(field) && !uses(family, field, unit)) {
                d.problems().add(d.pathOf(field), "not used by family " + FAMILY.name(family) + " (it takes "
                        + String.join(", ", fieldsOf(family, unit)) + ")");
            }
        }
        return f.problems().size() > before || d.isBroken() ? null : spec;
    }

    /** The JSON Schema of a duration field: a constant number, or a mapping with a family and its parameters. */
    private static com.fasterxml.jackson.databind.node.ObjectNode schema(Unit unit) {
        var factory = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        var schema = factory.objectNode();
        var oneOf = schema.putArray("oneOf");
        oneOf.addObject().put("type", "number").put("minimum", 0).put("maximum", MAX_VALUE);
        var mapping = oneOf.addObject();
        mapping.put("type", "object");
        var properties = mapping.putObject("properties");
        var family = properties.putObject("family").put("type", "string").putArray("enum");
        for (Family value : FAMILIES) {
            family.add(FAMILY.name(value));
        }
        String u = unit.suffix();
        for (String field : new String[] {unit.word(), "mean" + u, "min" + u, "max" + u, "p97" + u}) {
            properties.putObject(field).put("type", "number").put("minimum", 0).put("maximum", MAX_VALUE);
        }
        properties.putObject("shape").put("type", "number").put("exclusiveMinimum", 0).put("maximum", MAX_SHAPE);
        mapping.putArray("required").add("family");
        mapping.put("additionalProperties", false);
        return schema;
    }

    private static Distribution uniform(Fields d, String u, Unit unit) {
        Double min = d.requiredDouble("min" + u, DoubleRange.closed(0, MAX_VALUE));
        Double max = d.requiredDouble("max" + u, DoubleRange.closed(0, MAX_VALUE));
        if (min == null || max == null) {
            return null;
        }
        if (max < min) {
            d.problems().add(d.pathOf("max" + u), "must be >= min" + u + " (" + DoubleRange.number(min) + "), was "
                    + DoubleRange.number(max));
            return null;
        }
        return new UniformDistribution(unit.hours(min), unit.hours(max));
    }

    /** A lognormal with the given mean and 97th percentile: σ solves ln(p97/mean) = z97 σ − σ²/2 (smaller root). */
    private static Distribution lognormal(Fields d, String u, Unit unit) {
        Double mean = d.requiredDouble("mean" + u, DoubleRange.aboveUpTo(0, MAX_VALUE));
        Double p97 = d.requiredDouble("p97" + u, DoubleRange.aboveUpTo(0, MAX_VALUE));
        if (mean == null || p97 == null) {
            return null;
        }
        double ratio = p97 / mean;
        double maxRatio = LognormalDistribution.largestQuantileRatio(0.97);
        if (!(ratio >= 1 && ratio <= maxRatio)) {
            d.problems().add(d.pathOf("p97" + u), String.format(Locale.ROOT,
                    "a lognormal's p97 must be 1 to %.3f times its mean (%s), was %s", maxRatio,
                    DoubleRange.number(mean), DoubleRange.number(p97)));
            return null;
        }
        double sigma = Math.max(0, LognormalDistribution.sigmaRoots(0.97, ratio)[0]);
        // p97 = mean leaves no spread: the constant draws what a lognormal with sigma 0 would
        return sigma == 0 ? new FixedDistribution(unit.hours(mean))
                : LognormalDistribution.withMean(unit.hours(mean), sigma);
    }

    private static boolean uses(Family family, String field, Unit unit) {
        return java.util.List.of(fieldsOf(family, unit)).contains(field);
    }

    private static String[] fieldsOf(Family family, Unit unit) {
        String u = unit.suffix();
        return switch (family) {
            case FIXED -> new String[] {unit.word()};
            case EXPONENTIAL -> new String[] {"mean" + u};
            case UNIFORM -> new String[] {"min" + u, "max" + u};
            case LOGNORMAL -> new String[] {"mean" + u, "p97" + u};
            case WEIBULL -> new String[] {"mean" + u, "shape"};
            default -> throw new IllegalStateException("not a duration family: " + family);
        };
    }
}
