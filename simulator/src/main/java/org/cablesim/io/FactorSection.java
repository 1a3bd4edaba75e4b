package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One factor of a study design: a scenario field and either the values it takes (a grid) or the numeric range it
 * is drawn from (a Latin hypercube).
 *
 * @param parameter the field's path as written (the sweep path syntax)
 * @param path      the parsed path
 * @param values    a grid factor's values (scalars), empty for a range
 * @param min       a range's lower end (NaN for a grid factor)
 * @param max       a range's upper end, ≥ min (NaN for a grid factor)
 * @param integer   whether a range's values are rounded to whole numbers
 */
public record FactorSection(String parameter, SweepPath path, List<JsonNode> values, double min, double max,
        boolean integer) {
    static final String[] FIELDS = {"parameter", "values", "min", "max", "integer"};

    public FactorSection {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(path, "path");
        values = List.copyOf(values);
    }

    /** The factor at {@code f} of a design of {@code kind}, or null when invalid (reported). */
    static FactorSection read(Fields f, DesignKind kind) {
        int before = f.problems().size();
        String parameter = f.requiredText("parameter", null);
        SweepPath path = SweepSection.path(f, parameter);
        if (kind == DesignKind.GRID) {
            for (String name : new String[] {"min", "max", "integer"}) {
                if (f.has(name) && !f.describing()) {
                    f.problems().add(f.pathOf(name), "only a latin-hypercube factor has a range; a grid factor"
                            + " lists its values");
                }
            }
            List<JsonNode> values = SweepSection.values(f);
            return f.problems().size() > before || f.isBroken() || values == null ? null
                    : new FactorSection(parameter, path, values, Double.NaN, Double.NaN, false);
        }
        if (f.has("values") && !f.describing()) {
            f.problems().add(f.pathOf("values"), "a latin-hypercube factor has a range (min, max), not values");
        }
        Double min = f.requiredDouble("min", DoubleRange.open(-1e15, 1e15));
        Double max = f.requiredDouble("max", DoubleRange.open(-1e15, 1e15));
        Boolean integer = f.optionalBoolean("integer", false);
        if (min != null && max != null && !(min <= max) && !f.describing()) {
            f.problems().add(f.pathOf("max"), "must be >= min (" + DoubleRange.number(min) + "), was "
                    + DoubleRange.number(max));
        } else if (min != null && max != null && Boolean.TRUE.equals(integer) && Math.ceil(min) > Math.floor(max)
                && !f.describing()) {
            f.problems().add(f.pathOf("max"), "no whole number lies in [" + DoubleRange.number(min) + ", "
                    + DoubleRange.number(max) + "] (integer: true)");
        }
        return f.problems().size() > before || f.isBroken() || min == null || max == null ? null
                : new FactorSection(parameter, path, List.of(), min, max, Boolean.TRUE.equals(integer));
    }

    /** Whether this factor is a numeric range (a Latin hypercube's). */
    public boolean isRange() {
        return values.isEmpty();
    }

    /** The setting of this factor's field to {@code value}. */
    public Setting setting(JsonNode value) {
        return Setting.of(parameter, value);
    }
}
