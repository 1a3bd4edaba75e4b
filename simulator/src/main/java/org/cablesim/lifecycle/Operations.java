package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cablesim.kernel.EventHandle;
import org.cablesim.kernel.EventKernel;
import org.cablesim.kernel.ServerPool;
import org.cablesim.scenario.RepairSpec;

/**
 * One replication's operation phase on its own kernel, from the end of turn-up (time 0) to the horizon:
 * component failures, flaps, ageing, dirt and disturbance, repair tickets with spares and crews, upgrade waves
 * and the bookkeeping of outages, jobs and the daily timeline. This class keeps each link's state and the crews'
 * work on the optics; {@link Failures} draws the failures and flaps, {@link RepairDesk} runs the repair tickets.
 *
 * <p>A link is down while a component it needs has failed, while its loss (or reflectance) is over the limit,
 * or while an upgrade crew works on it. Outcomes of a crew's work (new loss draws, dirt, disturbed neighbours)
 * are drawn when the work starts; the link comes back when the work ends.
 */
final class Operations {
    /** Re-check delay when an ageing crossing finds the link still (by rounding) within budget, hours. */
    private static final double CROSSING_RETRY_HOURS = 1e-3;

    private final PlantIndex p;
    final OperationsModel ops;
    private final RepairSpec repairs;
    final JobModel jobModel;
    final EventKernel kernel = new EventKernel(1024);
    final LossState loss;
    final Rework rework;
    final double horizon;

    /** Per link: how many of its components have failed. */
    final int[] hardDown;
    final boolean[] lossDown;
    final boolean[] lossWork;
    final boolean[] lossTicketOpen;
    private final boolean[] upgradeDown;
    final boolean[] isDown;
    final boolean[] inVisit;
    private final double[] downSince;
    private final int[] outageSeq;
    private final EventHandle[] driftHandle;
    final double[] tierDownHours;
    private final int[] tierDownNow;

    private final int[] remateStamp;
    private int stamp;

    final ServerPool crews;
    final Spares spares;
    final JobTracker jobs;
    final Timeline timeline;
    private final List<UpgradeWork> waves = new ArrayList<>();
    private final Failures failures;
    private final RepairDesk repairDesk;

    /** Failures so far, by {@link FailureCause} ordinal. */
    final long[] failureCounts = new long[FailureCause.values().length];
    private long disturbed;

    Operations(PlantIndex p, LifecycleModel model, Draws draws, LossState loss, double horizonHours,
            List<UpgradeDecision[]> decisions) {
        this.p = p;
        this.ops = model.operations();
        this.repairs = model.repairs();
        this.jobModel = model.jobs();
        this.loss = loss;
        this.rework = new Rework(p, loss, model.turnUp(), ops.contamination());
        this.horizon = horizonHours;
        int n = p.linkCount;
        hardDown = new int[n];
        lossDown = new boolean[n];
        lossWork = new boolean[n];
        lossTicketOpen = new boolean[n];
        upgradeDown = new boolean[n];
        isDown = new boolean[n];
        inVisit = new boolean[n];
        downSince = new double[n];
        outageSeq = new int[n];
        driftHandle = new EventHandle[n];
        tierDownHours = new double[p.tierCount()];
        tierDownNow = new int[p.tierCount()];
        remateStamp = new int[p.connectionCount];
        crews = new ServerPool(kernel, repairs.crews() == 0 ? Integer.MAX_VALUE : repairs.crews());
        spares = new Spares(kernel, p, model.spares());
        jobs = new JobTracker(jobModel, p.serverCount);
        int[] tierSize = Arrays.stream(p.tierLinks).mapToInt(a -> a.length).toArray();
        timeline = new Timeline(tierDownNow, tierSize, p.switchTier, horizonHours);
        repairDesk = new RepairDesk(this, p, repairs, draws);
        failures = new Failures(this, p, draws, repairDesk);
        for (int w = 0; w < model.upgrades().size(); w++) {
            UpgradeWave wave = model.upgrades().get(w);
            waves.add(new UpgradeWork(this, p, wave, p.tierPosition(wave.tierIndex()), decisions.get(w)));
        }
    }

    /** Runs the phase to the horizon and returns its outcome. */
    ReplicationOutcome run(TurnUp.Outcome turnUp) {
        for (int d = 1; d < timeline.days(); d++) {
            kernel.postAt(24.0 * d, 0, () -> timeline.closeDay(kernel.now()));
        }
        failures.scheduleAll();
        for (int l = 0; l < p.linkCount; l++) {
            rescheduleDrift(l);
        }
        failures.startFlaps();
        for (UpgradeWork wave : waves) {
            kernel.postAt(wave.startHours(), 0, wave::start);
        }
        kernel.run(horizon);
        return outcome(turnUp);
    }

    // ---- link state -------------------------------------------------------------------------------------

    /** Brings a link's up/down state in line with its causes; starts a job-tolerance check on an unplanned outage. */
    void refresh(int l) {
        boolean down = hardDown[l] > 0 || lossDown[l] || upgradeDown[l];
        if (down == isDown[l]) {
            return;
        }
        double now = kernel.now();
        timeline.advance(now);
        int t = p.linkTier[l];
        if (down) {
            isDown[l] = true;
            downSince[l] = now;
            tierDownNow[t]++;
            int seq = ++outageSeq[l];
            if (p.serverFacing[l] && !upgradeDown[l]) {
                kernel.post(jobModel.toleranceHours(), () -> {
                    if (isDown[l] && outageSeq[l] == seq) {
                        jobs.interrupt(p.linkServer[l], kernel.now());
                    }
                });
            }
        } else {
            isDown[l] = false;
            tierDownHours[t] += now - downSince[l];
            tierDownNow[t]--;
        }
    }

    void setUpgradeDown(int l, boolean down) {
        upgradeDown[l] = down;
        refresh(l);
    }

    /**
     * Re-evaluates a link's loss after its optical state changed outside a crew's visit: a link that now
     * passes comes back (its open ticket will find no fault); one that fails goes down with {@code cause} and
     * gets a ticket.
     */
    void settle(int l, FailureCause cause) {
        if (lossWork[l] || inVisit[l]) {
            return;
        }
        if (loss.passes(l, kernel.now())) {
            if (lossDown[l]) {
                lossDown[l] = false;
                refresh(l);
            }
            rescheduleDrift(l);
        } else {
            cancelDrift(l);
            if (!lossDown[l]) {
                lossDown[l] = true;
                failureCounts[cause.ordinal()]++;
                refresh(l);
            }
            if (!lossTicketOpen[l]) {
                repairDesk.openLinkTicket(l, 1);
            }
        }
    }

    void rescheduleDrift(int l) {
        cancelDrift(l);
        if (lossDown[l]) {
            return;
        }
        double t = loss.budgetCrossingTime(l);
        if (t < horizon) {
            driftHandle[l] = kernel.scheduleAt(Math.max(t, kernel.now()), 0, () -> {
                driftHandle[l] = null;
                driftCrossed(l);
            });
        }
    }

    private void cancelDrift(int l) {
        if (driftHandle[l] != null) {
            kernel.cancel(driftHandle[l]);
            driftHandle[l] = null;
        }
    }

    private void driftCrossed(int l) {
        if (lossDown[l] || lossWork[l] || inVisit[l]) {
            return;
        }
        if (loss.passes(l, kernel.now())) {
            // Only rounding can get here (the crossing time has a margin); the loss keeps rising, so look again.
            driftHandle[l] = kernel.schedule(CROSSING_RETRY_HOURS, () -> {
                driftHandle[l] = null;
                driftCrossed(l);
            });
            return;
        }
        lossDown[l] = true;
        failureCounts[FailureCause.AGEING.ordinal()]++;
        refresh(l);
        if (!lossTicketOpen[l]) {
            repairDesk.openLinkTicket(l, 1);
        }
    }

    // ---- crews' work on the optics ----------------------------------------------------------------------

    /** Starts a crew's visit to {@code links}: their alarms are held until the visit's own test. */
    void beginVisit(int... links) {
        stamp++;
        for (int l : links) {
            inVisit[l] = true;
            cancelDrift(l);
        }
    }

    void endVisit(int... links) {
        for (int l : links) {
            inVisit[l] = false;
        }
    }

    /** Mates {@code conns} with new parts (clean), then disturbs their neighbours; inside a visit. */
    void remateAsNew(int[] conns) {
        double now = kernel.now();
        for (int c : conns) {
            remateStamp[c] = stamp;
        }
        for (int c : conns) {
            loss.mate(c, now, true);
        }
        for (int c : conns) {
            disturbNeighbours(c);
        }
        for (int c : conns) {
            settle(p.connLink[c], FailureCause.CONTAMINATION);
        }
    }

    /**
     * Working on connection {@code c} re-mates the other links' connections on the same shared part (unless
     * this visit re-mates them itself): new loss draws, dirt risk, and an alarm if they now fail.
     */
    void disturbNeighbours(int c) {
        int g = p.connShared[c];
        if (!ops.neighbourDisturbance() || g < 0) {
            return;
        }
        double now = kernel.now();
        for (int n : p.sharedMembers[g]) {
            if (n == c || remateStamp[n] == stamp) {
                continue;
            }
            loss.mate(n, now, false);
            disturbed++;
            settle(p.connLink[n], FailureCause.CONTAMINATION);
        }
    }

    /** Replaces component {@code c} by a new one (unless it has failed: its own repair will): a fresh failure clock. */
    boolean renew(int c) {
        return failures.renew(c);
    }

    // ---- results ----------------------------------------------------------------------------------------

    private ReplicationOutcome outcome(TurnUp.Outcome turnUp) {
        timeline.advance(horizon);
        double[] downHours = tierDownHours.clone();
        for (int l = 0; l < p.linkCount; l++) {
            if (isDown[l]) {
                downHours[p.linkTier[l]] += horizon - downSince[l];
            }
        }
        double[] tierAvailability = new double[p.tierCount()];
        double totalDown = 0;
        for (int t = 0; t < p.tierCount(); t++) {
            tierAvailability[t] = 1 - downHours[t] / (p.tierLinks[t].length * horizon);
            totalDown += downHours[t];
        }
        double availability = 1 - totalDown / (p.linkCount * horizon);
        double utilisation = repairs.crews() == 0 ? Double.NaN : crews.meanBusy() / repairs.crews();
        double[][] upgrades = new double[waves.size()][];
        for (int w = 0; w < waves.size(); w++) {
            upgrades[w] = waves.get(w).outcome();
        }
        return new ReplicationOutcome(turnUp, availability, tierAvailability, totalDown, failureCounts.clone(),
                jobs.interruptions, jobs.lostGpuHours, utilisation, crews.meanWait(), disturbed, upgrades,
                timeline.linksDown(), timeline.queued(), timeline.capacity(), timeline.tierUp(),
                turnUp.events() + kernel.executedCount());
    }
}
