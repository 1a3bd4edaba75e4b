package org.cablesim.report;

import java.util.List;

/** Maps data values on one axis to SVG user-space coordinates and says where its ticks go. */
public interface ChartScale {
    /** The coordinate of {@code value}; values outside the domain (or ≤ 0 on a log scale) are clamped. */
    double map(double value);

    /** Lowest value of the domain. */
    double domainMin();

    /** Highest value of the domain. */
    double domainMax();

    /** Labelled tick values, ascending, all inside the domain. */
    List<Double> ticks();

    /** Unlabelled minor gridline values, ascending; empty by default. */
    default List<Double> minorTicks() {
        return List.of();
    }

    /** The default label of {@code tick}. */
    String label(double tick);

    /** Whether {@code value} has a true position on this scale (a log scale cannot place values ≤ 0). */
    boolean canShow(double value);

    /** Whether this is a logarithmic scale. */
    boolean logarithmic();
}
