package org.cablesim.stats;

/**
 * The argument checks of value records: each returns the value it accepts and otherwise throws an
 * {@link IllegalArgumentException} whose message names the parameter and the rejected value.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Accepts a finite value.
     *
     * @param name  the parameter's name, as the message shows it
     * @param value the value
     * @return value
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
        return value;
    }

    /**
     * Accepts a finite value &gt; 0.
     *
     * @param name  the parameter's name, as the message shows it
     * @param value the value
     * @return value
     */
    public static double positive(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
        return value;
    }

    /**
     * Accepts a finite value &ge; 0.
     *
     * @param name  the parameter's name, as the message shows it
     * @param value the value
     * @return value
     */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
        return value;
    }

    /**
     * Accepts a probability or a share: a value in [0, 1].
     *
     * @param name  the parameter's name, as the message shows it
     * @param value the value
     * @return value
     */
    public static double probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
        return value;
    }

    /**
     * Accepts a count of at least {@code min}.
     *
     * @param name  the parameter's name, as the message shows it
     * @param value the value
     * @param min   the smallest value accepted
     * @return value
     */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /**
     * Accepts a count of at least {@code min}.
     *
     * @param name  the parameter's name, as the message shows it
     * @param value the value
     * @param min   the smallest value accepted
     * @return value
     */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }
}
