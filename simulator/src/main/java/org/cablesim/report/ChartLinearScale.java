package org.cablesim.report;

import java.util.List;

/** A linear scale over nice ticks, whose domain is the ticks' extent or a given range inside it. */
public final class ChartLinearScale implements ChartScale {
    private final ChartTicks ticks;
    private final double domainMin;
    private final double domainMax;
    private final double pixelFrom;
    private final double pixelTo;

    /**
     * A scale mapping {@code ticks.min()} to {@code pixelFrom} and {@code ticks.max()} to {@code pixelTo}
     * (user-space units; {@code pixelTo < pixelFrom} for a y axis growing upwards).
     */
    public ChartLinearScale(ChartTicks ticks, double pixelFrom, double pixelTo) {
        this(ticks, ticks.min(), ticks.max(), pixelFrom, pixelTo);
    }

    /**
     * A scale mapping [{@code domainMin}, {@code domainMax}] (inside the ticks' extent, min &lt; max) to
     * [{@code pixelFrom}, {@code pixelTo}], labelling only the ticks inside that domain.
     */
    public ChartLinearScale(ChartTicks ticks, double domainMin, double domainMax, double pixelFrom, double pixelTo) {
        if (!(domainMin < domainMax) || domainMin < ticks.min() || domainMax > ticks.max()) {
            throw new IllegalArgumentException("domain " + domainMin + ".." + domainMax + " must be a non-empty range inside "
                    + ticks.min() + ".." + ticks.max());
        }
        this.ticks = ticks;
        this.domainMin = domainMin;
        this.domainMax = domainMax;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
    }

    @Override
    public double map(double value) {
        double clamped = Math.max(domainMin, Math.min(domainMax, value));
        return pixelFrom + (clamped - domainMin) / (domainMax - domainMin) * (pixelTo - pixelFrom);
    }

    @Override
    public double domainMin() {
        return domainMin;
    }

    @Override
    public double domainMax() {
        return domainMax;
    }

    @Override
    public List<Double> ticks() {
        double slack = ticks.step() * 1e-9;
        return ticks.values().stream().filter(t -> t >= domainMin - slack && t <= domainMax + slack).toList();
    }

    /** Ticks with the step's decimals; k/M/G suffixes once a tick reaches 10,000 in magnitude. */
    @Override
    public String label(double tick) {
        double largest = Math.max(Math.abs(ticks.min()), Math.abs(ticks.max()));
        if (largest >= 10_000) {
            return ReportFormat.compact(tick);
        }
        return ReportFormat.fixed(tick, ticks.decimals());
    }

    @Override
    public boolean canShow(double value) {
        return Double.isFinite(value);
    }

    @Override
    public boolean logarithmic() {
        return false;
    }
}
