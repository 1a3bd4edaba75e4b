package org.cablesim.lifecycle;

import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.stats.Distribution;

/**
 * The hard failures and flaps of one replication's operation phase: each component's failure clock (its k-th time
 * to failure drawn from its own stream, restarted when the part is renewed or repaired) and, per tier, a
 * superposed Poisson process of flaps. A failure takes the component's links down and hands the part to the
 * {@link RepairDesk}.
 */
final class Failures {
    private final Operations o;
    private final PlantIndex p;
    private final Draws draws;
    private final RepairDesk repairDesk;
    private final boolean[] failed;
    private final int[] generation;
    private final int[] renewals;

    Failures(Operations o, PlantIndex p, Draws draws, RepairDesk repairDesk) {
        this.o = o;
        this.p = p;
        this.draws = draws;
        this.repairDesk = repairDesk;
        failed = new boolean[p.componentCount];
        generation = new int[p.componentCount];
        renewals = new int[p.componentCount];
        repairDesk.attach(this);
    }

    /** Starts every component's failure clock, in component order. */
    void scheduleAll() {
        for (int c = 0; c < p.componentCount; c++) {
            schedule(c);
        }
    }

    /** Starts one flap process per tier, when the model has flaps. */
    void startFlaps() {
        if (o.ops.flaps().perLinkYear() > 0) {
            for (int t = 0; t < p.tierCount(); t++) {
                new FlapProcess(t).next();
            }
        }
    }

    /** Replaces component {@code c} by a new one (unless it has failed: its own repair will): a fresh failure clock. */
    boolean renew(int c) {
        if (failed[c]) {
            return false;
        }
        generation[c]++;
        renewals[c]++;
        schedule(c);
        return true;
    }

    /** A failed component is back: a new part, with a fresh failure clock. */
    void repaired(int c) {
        failed[c] = false;
        generation[c]++;
        renewals[c]++;
        schedule(c);
    }

    /** Draws component {@code c}'s next time to failure and schedules the failure if within the horizon. */
    void schedule(int c) {
        Distribution law = o.ops.timeToFailureHours().get(p.compKind[c]);
        if (law == null) {
            return;
        }
        UniformRandomProvider rng = draws.ttf(c, renewals[c]);
        double ttf = law.sampleByInversion(rng);
        if (o.kernel.now() + ttf < o.horizon) {
            int gen = generation[c];
            o.kernel.post(ttf, () -> componentFails(c, gen));
        }
    }

    private void componentFails(int c, int gen) {
        if (gen != generation[c] || failed[c]) {
            return;
        }
        failed[c] = true;
        o.failureCounts[FailureCause.of(p.compKind[c]).ordinal()]++;
        for (int l : p.compLinks(c)) {
            o.hardDown[l]++;
            o.refresh(l);
        }
        repairDesk.componentFailed(c);
    }

    /** A superposed Poisson process of flaps over one tier's links; a flap is an impulse outage. */
    private final class FlapProcess implements Runnable {
        private final int tier;
        private final int[] links;
        private final UniformRandomProvider rng;
        private final double ratePerHour;

        FlapProcess(int tier) {
            this.tier = tier;
            this.links = p.tierLinks[tier];
            this.rng = draws.process("flap", p.tierNames.get(tier));
            this.ratePerHour = o.ops.flaps().perLinkYear() * links.length / LifecycleSpec.HOURS_PER_YEAR;
        }

        void next() {
            double gap = -Math.log(1.0 - rng.nextDouble()) / ratePerHour;
            if (o.kernel.now() + gap < o.horizon) {
                o.kernel.post(gap, this);
            }
        }

        @Override
        public void run() {
            int l = links[(int) (rng.nextDouble() * links.length)];
            double hours = o.ops.flaps().duration().sampleByInversion(rng);
            if (!o.isDown[l]) {
                o.failureCounts[FailureCause.FLAP.ordinal()]++;
                double counted = Math.min(hours, o.horizon - o.kernel.now());
                o.tierDownHours[tier] += counted;
                o.timeline.advance(o.kernel.now());
                o.timeline.impulse(tier, counted);
                if (p.serverFacing[l] && hours > o.jobModel.toleranceHours()) {
                    o.jobs.interrupt(p.linkServer[l], o.kernel.now() + o.jobModel.toleranceHours());
                }
            }
            next();
        }
    }
}
