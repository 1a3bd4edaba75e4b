package org.cablesim.scenario;

/** Argument checks shared by the lifecycle section's records. */
final class SpecChecks {
    private SpecChecks() {
    }

    static double nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
        }
        return v;
    }

    static double positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
        }
        return v;
    }

    static double share(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
        }
        return v;
    }

    static int atLeast(String name, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + v);
        }
        return v;
    }
}
