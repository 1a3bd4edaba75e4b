package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/** A base-10 logarithmic scale spanning whole decades, for values that span several orders of magnitude. */
public final class ChartLogScale implements ChartScale {
    private static final int MAX_LABELLED_DECADES = 8;
    private static final int MAX_DECADES_WITH_MINOR = 4;

    private final int minExponent;
    private final int maxExponent;
    private final double pixelFrom;
    private final double pixelTo;

    /** A scale from 10^{@code minExponent} at {@code pixelFrom} to 10^{@code maxExponent} (greater) at {@code pixelTo}. */
    public ChartLogScale(int minExponent, int maxExponent, double pixelFrom, double pixelTo) {
        if (maxExponent <= minExponent) {
            throw new IllegalArgumentException("log scale needs maxExponent > minExponent, was "
                    + minExponent + ".." + maxExponent);
        }
        this.minExponent = minExponent;
        this.maxExponent = maxExponent;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
    }

    /** The smallest whole-decade scale covering [{@code low}, {@code high}], both &gt; 0. */
    public static ChartLogScale covering(double low, double high, double pixelFrom, double pixelTo) {
        if (!(low > 0) || !(high >= low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("log scale needs 0 < low <= high, was " + low + ", " + high);
        }
        int min = (int) Math.floor(Math.log10(low) + 1e-12);
        int max = (int) Math.ceil(Math.log10(high) - 1e-12);
        return new ChartLogScale(min, Math.max(max, min + 1), pixelFrom, pixelTo);
    }

    @Override
    public double map(double value) {
        double exponent = value > 0 ? Math.log10(value) : minExponent;
        exponent = Math.max(minExponent, Math.min(maxExponent, exponent));
        return pixelFrom + (exponent - minExponent) / (maxExponent - minExponent) * (pixelTo - pixelFrom);
    }

    @Override
    public double domainMin() {
        return Math.pow(10, minExponent);
    }

    @Override
    public double domainMax() {
        return Math.pow(10, maxExponent);
    }

    /** Every decade, or every n-th decade (always including both ends' decades' grid) when there are many. */
    @Override
    public List<Double> ticks() {
        int decades = maxExponent - minExponent;
        int stride = (decades + MAX_LABELLED_DECADES - 1) / MAX_LABELLED_DECADES;
        List<Double> ticks = new ArrayList<>();
        for (int e = minExponent; e <= maxExponent; e += stride) {
            ticks.add(Double.parseDouble("1e" + e));
        }
        return ticks;
    }

    /** 2 × and 5 × each decade when the scale spans at most four decades. */
    @Override
    public List<Double> minorTicks() {
        List<Double> minor = new ArrayList<>();
        if (maxExponent - minExponent <= MAX_DECADES_WITH_MINOR) {
            for (int e = minExponent; e < maxExponent; e++) {
                minor.add(Double.parseDouble("2e" + e));
                minor.add(Double.parseDouble("5e" + e));
            }
        }
        return minor;
    }

    /** {@code 10ⁿ} with a superscript exponent. */
    @Override
    public String label(double tick) {
        return ReportFormat.powerOfTen((int) Math.round(Math.log10(tick)));
    }

    @Override
    public boolean canShow(double value) {
        return value > 0 && Double.isFinite(value);
    }

    @Override
    public boolean logarithmic() {
        return true;
    }
}
