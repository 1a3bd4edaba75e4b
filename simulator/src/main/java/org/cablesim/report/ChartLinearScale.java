package org.cablesim.report;

import java.util.List;

/** A linear scale whose domain is the extent of nice ticks. */
public final class ChartLinearScale implements ChartScale {
    private final ChartTicks ticks;
    private final double pixelFrom;
    private final double pixelTo;

    /**
     * A scale mapping {@code ticks.min()} to {@code pixelFrom} and {@code ticks.max()} to {@code pixelTo}
     * (user-space units; {@code pixelTo < pixelFrom} for a y axis growing upwards).
     */
    public ChartLinearScale(ChartTicks ticks, double pixelFrom, double pixelTo) {
        this.ticks = ticks;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
    }

    @Override
    public double map(double value) {
        double clamped = Math.max(ticks.min(), Math.min(ticks.max(), value));
        double span = ticks.max() - ticks.min();
        return pixelFrom + (clamped - ticks.min()) / span * (pixelTo - pixelFrom);
    }

    @Override
    public double domainMin() {
        return ticks.min();
    }

    @Override
    public double domainMax() {
        return ticks.max();
    }

    @Override
    public List<Double> ticks() {
        return ticks.values();
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
