package org.cablesim.io;

/** An interval of allowed decimal values, each end open or closed; infinite ends mean unbounded. */
record DoubleRange(double min, boolean minInclusive, double max, boolean maxInclusive) {
    static DoubleRange atLeast(double min) {
        return new DoubleRange(min, true, Double.POSITIVE_INFINITY, false);
    }

    static DoubleRange above(double min) {
        return new DoubleRange(min, false, Double.POSITIVE_INFINITY, false);
    }

    static DoubleRange below(double max) {
        return new DoubleRange(Double.NEGATIVE_INFINITY, false, max, false);
    }

    static DoubleRange closed(double min, double max) {
        return new DoubleRange(min, true, max, true);
    }

    static DoubleRange aboveUpTo(double min, double max) {
        return new DoubleRange(min, false, max, true);
    }

    static DoubleRange open(double min, double max) {
        return new DoubleRange(min, false, max, false);
    }

    boolean contains(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** A phrase such as {@code must be > 0} or {@code must be in (0, 5]}. */
    String describe() {
        boolean noMin = min == Double.NEGATIVE_INFINITY;
        boolean noMax = max == Double.POSITIVE_INFINITY;
        if (noMax) {
            return "must be " + (minInclusive ? ">= " : "> ") + number(min);
        }
        if (noMin) {
            return "must be " + (maxInclusive ? "<= " : "< ") + number(max);
        }
        return "must be in " + (minInclusive ? "[" : "(") + number(min) + ", " + number(max)
                + (maxInclusive ? "]" : ")");
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
