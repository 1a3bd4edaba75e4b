package org.cablesim.lifecycle;

/**
 * Per-day time averages of one replication: links down, repair requests queued, the up share of the worst
 * switch–switch tier, the up share of every tier and the links in service. Callers {@link #advance} to the current
 * time before every change of the counts; the tier sizes are live (a growing plant brings links into service), and
 * a tier with no link in service counts as up.
 */
final class Timeline {
    private final int[] tierDownNow;
    private final int[] tierSize;
    private final boolean[] switchTier;
    private final double horizon;
    private final double[] linksDownArea;
    private final double[] queuedArea;
    private final double[] capacityArea;
    private final double[][] tierUpArea;
    private final double[] inServiceArea;
    private int queued;
    private int day;
    private double last;

    Timeline(int[] tierDownNow, int[] tierSize, boolean[] switchTier, double horizonHours) {
        this.tierDownNow = tierDownNow;
        this.tierSize = tierSize;
        this.switchTier = switchTier;
        this.horizon = horizonHours;
        int days = (int) Math.ceil(horizonHours / 24);
        linksDownArea = new double[days];
        queuedArea = new double[days];
        capacityArea = new double[days];
        tierUpArea = new double[tierSize.length][days];
        inServiceArea = new double[days];
    }

    int days() {
        return linksDownArea.length;
    }

    /** Integrates the current counts from the last change to {@code now}. */
    void advance(double now) {
        double dt = now - last;
        if (dt > 0) {
            int down = 0;
            int inService = 0;
            double capacity = 1;
            for (int t = 0; t < tierSize.length; t++) {
                down += tierDownNow[t];
                inService += tierSize[t];
                double up = tierSize[t] == 0 ? 1 : 1 - (double) tierDownNow[t] / tierSize[t];
                tierUpArea[t][day] += dt * up;
                if (switchTier[t]) {
                    capacity = Math.min(capacity, up);
                }
            }
            inServiceArea[day] += dt * inService;
            linksDownArea[day] += dt * down;
            queuedArea[day] += dt * queued;
            capacityArea[day] += dt * capacity;
            last = now;
        }
    }

    /** Closes the current day at its end boundary {@code now}. */
    void closeDay(double now) {
        advance(now);
        if (day < linksDownArea.length - 1) {
            day++;
        }
    }

    /** Changes the number of queued repair requests by {@code delta}. */
    void queue(double now, int delta) {
        advance(now);
        queued += delta;
    }

    /**
     * Adds a short outage of one link of {@code tier} lasting {@code hours} as an impulse (flaps), without
     * change events; its capacity dent is charged to the tier as if it were the worst one.
     */
    void impulse(int tier, double hours) {
        if (tierSize[tier] == 0) {
            return;
        }
        linksDownArea[day] += hours;
        tierUpArea[tier][day] -= hours / tierSize[tier];
        if (switchTier[tier]) {
            capacityArea[day] -= hours / tierSize[tier];
        }
    }

    double[] linksDown() {
        return perHour(linksDownArea);
    }

    double[] queued() {
        return perHour(queuedArea);
    }

    double[] capacity() {
        return perHour(capacityArea);
    }

    double[] inService() {
        return perHour(inServiceArea);
    }

    /** Per tier position, per day: the time-average up share of the tier's links. */
    double[][] tierUp() {
        double[][] out = new double[tierUpArea.length][];
        for (int t = 0; t < out.length; t++) {
            out[t] = perHour(tierUpArea[t]);
        }
        return out;
    }

    private double[] perHour(double[] area) {
        double[] out = new double[area.length];
        for (int d = 0; d < area.length; d++) {
            double length = Math.min(24, horizon - 24.0 * d);
            out[d] = area[d] / length;
        }
        return out;
    }
}
