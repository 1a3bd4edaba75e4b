package org.cablesim.lifecycle;

import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.scenario.LifecycleSpec;

/**
 * The optical state of one replication's plant: per connection and lane the loss of its current mating, per
 * connection its dirt and reflectance and when it was last mated (ageing drifts from there), per link its
 * budget. A lane's loss is fixed loss + Σ connections (lane loss + dirt + ageing).
 */
final class LossState {
    private static final double CROSSING_MARGIN_DB = 1e-9;
    private static final double CROSSING_MARGIN_HOURS = 1e-6;

    private final PlantIndex p;
    private final Draws draws;
    private final ContaminationModel dirt;
    private final double driftDbPerHour;

    final double[] budgetDb;
    private final double[] laneLossDb;
    private final double[] dirtDb;
    private final double[] reflectanceDb;
    private final double[] matedAt;
    private final int[] matings;
    private final boolean[] designFault;
    private final double[] draw;

    LossState(PlantIndex p, Draws draws, OperationsModel operations) {
        this.p = p;
        this.draws = draws;
        this.dirt = operations.contamination();
        this.driftDbPerHour = operations.ageingDbPerConnectionYear() / LifecycleSpec.HOURS_PER_YEAR;
        budgetDb = p.budgetDb.clone();
        laneLossDb = new double[p.laneOffset[p.connectionCount]];
        dirtDb = new double[p.connectionCount];
        reflectanceDb = p.connReflectanceDb.clone();
        matedAt = new double[p.connectionCount];
        matings = new int[p.connectionCount];
        designFault = p.designFault.clone();
        draw = new double[p.maxPositions];
    }

    /**
     * Mates connection {@code c} at time {@code now}: removes its dirt first if {@code clean}, draws the mated
     * pair's per-position losses and gives each lane the loss at its position, then dirt with the contamination
     * probability.
     */
    void mate(int c, double now, boolean clean) {
        if (clean) {
            dirtDb[c] = 0;
            reflectanceDb[c] = p.connReflectanceDb[c];
        }
        UniformRandomProvider rng = draws.mate(c, matings[c]++);
        draws.sampler(p.connModel[c]).fill(draw, p.connPositions[c]);
        int from = p.laneOffset[c];
        int[] position = p.connLanePosition[c];
        for (int lane = 0; lane < position.length; lane++) {
            laneLossDb[from + lane] = draw[position[lane]];
        }
        if (rng.nextDouble() < dirt.dirtyProbability()) {
            dirtDb[c] += dirt.addedLossDb().sampleByInversion(rng);
            reflectanceDb[c] = Math.max(reflectanceDb[c], p.connReflectanceDb[c] + dirt.reflectanceRiseDb());
        }
        matedAt[c] = now;
    }

    /** Worst lane loss of link {@code l} at {@code now}, dB, including ageing. */
    double worstLaneLossDb(int l, double now) {
        return staticWorstLaneDb(l) + driftDb(l, now);
    }

    /**
     * True if the link is not broken by design, every lane is within budget, and its connections' reflectances
     * comply with its PMD's discrete-reflectance rule.
     */
    boolean passes(int l, double now) {
        return !designFault[l] && worstLaneLossDb(l, now) <= budgetDb[l] && reflectanceComplies(l);
    }

    /** Whether link {@code l} is still broken by design. */
    boolean hasDesignFault(int l) {
        return designFault[l];
    }

    /** Rebuilds link {@code l} by its design rework: the fault is gone, every connection is mated anew. */
    void rebuild(int l, double now) {
        designFault[l] = false;
        for (int c = p.connStart[l]; c < p.connStart[l + 1]; c++) {
            mate(c, now, true);
        }
    }

    /** The connection a technician works on: the worst reflector if reflectance fails, else the worst contributor to the worst lane. */
    int worstConnection(int l, double now) {
        int first = p.connStart[l];
        int end = p.connStart[l + 1];
        if (first == end) {
            return -1;
        }
        if (!reflectanceComplies(l)) {
            int worst = first;
            for (int c = first + 1; c < end; c++) {
                if (reflectanceDb[c] > reflectanceDb[worst]) {
                    worst = c;
                }
            }
            return worst;
        }
        int lane = worstLane(l);
        int worst = -1;
        double worstDb = Double.NEGATIVE_INFINITY;
        for (int c = first; c < end; c++) {
            double db = laneLossDb[p.laneOffset[c] + lane] + dirtDb[c] + driftDbPerHour * (now - matedAt[c]);
            if (db > worstDb) {
                worstDb = db;
                worst = c;
            }
        }
        return worst;
    }

    /**
     * A time at which ageing has taken link {@code l} over its budget, or +∞ if never (no ageing, no
     * connection): the exact crossing plus a margin worth 1e−9 dB of drift (at least 1e−6 h), so the link
     * certainly fails then despite rounding; may be before {@code now} when the link already fails.
     */
    double budgetCrossingTime(int l) {
        int first = p.connStart[l];
        int n = p.connStart[l + 1] - first;
        if (driftDbPerHour == 0 || n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double matedSum = 0;
        for (int c = first; c < first + n; c++) {
            matedSum += matedAt[c];
        }
        // staticWorst + rate × Σ (t − matedAt) = budget
        double slope = n * driftDbPerHour;
        double crossing = (budgetDb[l] - staticWorstLaneDb(l) + driftDbPerHour * matedSum) / slope;
        return crossing + Math.max(CROSSING_MARGIN_HOURS, CROSSING_MARGIN_DB / slope);
    }

    private double driftDb(int l, double now) {
        if (driftDbPerHour == 0) {
            return 0;
        }
        double sum = 0;
        for (int c = p.connStart[l]; c < p.connStart[l + 1]; c++) {
            sum += now - matedAt[c];
        }
        return driftDbPerHour * sum;
    }

    private double staticWorstLaneDb(int l) {
        return p.fixedLossDb[l] + laneSum(l, worstLane(l));
    }

    private int worstLane(int l) {
        int worst = 0;
        double worstDb = Double.NEGATIVE_INFINITY;
        for (int lane = 0; lane < p.lanes[l]; lane++) {
            double db = laneSum(l, lane);
            if (db > worstDb) {
                worstDb = db;
                worst = lane;
            }
        }
        return worst;
    }

    private double laneSum(int l, int lane) {
        double sum = 0;
        for (int c = p.connStart[l]; c < p.connStart[l + 1]; c++) {
            sum += laneLossDb[p.laneOffset[c] + lane] + dirtDb[c];
        }
        return sum;
    }

    private boolean reflectanceComplies(int l) {
        ReflectanceRule rule = p.rule[l];
        int counted = 0;
        double worst = Double.NEGATIVE_INFINITY;
        for (int c = p.connStart[l]; c < p.connStart[l + 1]; c++) {
            if (reflectanceDb[c] > rule.countThresholdDb()) {
                counted++;
                worst = Math.max(worst, reflectanceDb[c]);
            }
        }
        return counted == 0 || rule.complies(counted, worst);
    }
}
