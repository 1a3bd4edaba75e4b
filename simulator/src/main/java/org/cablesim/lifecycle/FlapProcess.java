package org.cablesim.lifecycle;

import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.scenario.LifecycleSpec;

/** A superposed Poisson process of flaps over one tier's links in service; a flap is an impulse outage. */
final class FlapProcess implements Runnable {
    private final Operations o;
    private final PlantIndex p;
    private final int tier;
    private final UniformRandomProvider rng;
    /** True while the tier has no link in service (the process waits for the first one). */
    boolean idle;

    FlapProcess(Operations o, PlantIndex p, int tier) {
        this.o = o;
        this.p = p;
        this.tier = tier;
        this.rng = o.draws.process("flap", p.tierNames.get(tier));
    }

    /** Draws the next flap at the rate of the links in service now. */
    void next() {
        int links = o.service.tierCount[tier];
        idle = links == 0;
        if (idle) {
            return;
        }
        double ratePerHour = o.ops.flaps().perLinkYear() * links / LifecycleSpec.HOURS_PER_YEAR;
        double gap = -Math.log(1.0 - rng.nextDouble()) / ratePerHour;
        if (o.kernel.now() + gap < o.horizon) {
            o.kernel.post(gap, this);
        }
    }

    @Override
    public void run() {
        if (o.service.tierCount[tier] == 0) {
            idle = true;
            return;
        }
        int l = o.service.members(tier)[(int) (rng.nextDouble() * o.service.tierCount[tier])];
        double hours = o.ops.flaps().duration().sampleByInversion(rng);
        if (!o.isDown[l]) {
            o.failures[FailureCause.FLAP.ordinal()]++;
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
