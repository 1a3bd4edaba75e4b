package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.kernel.EventHandle;
import org.cablesim.kernel.EventKernel;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.stats.Distribution;

/**
 * One replication's operation phase on its own kernel, from the end of turn-up (time 0) to the horizon:
 * component failures, flaps ({@link FlapProcess}), ageing, dirt and disturbance, repair tickets with spares and
 * crews ({@link RepairTickets}), upgrade waves and growth expansions, and the bookkeeping of outages, jobs and the
 * daily timeline (read at the horizon by {@link ReplicationOutcome#of}). Links a later expansion installs are out
 * of service until then ({@link Service}).
 *
 * <p>A link is down while a component it needs has failed, while its loss (or reflectance) is over the limit,
 * or while an upgrade crew works on it. Outcomes of a crew's work (new loss draws, dirt, disturbed neighbours)
 * are drawn when the work starts; the link comes back when the work ends.
 */
final class Operations {
    /** Re-check delay when an ageing crossing finds the link still (by rounding) within budget, hours. */
    private static final double CROSSING_RETRY_HOURS = 1e-3;

    final PlantIndex p;
    final OperationsModel ops;
    final RepairSpec repairs;
    final JobModel jobModel;
    final EventKernel kernel = new EventKernel(1024);
    final Draws draws;
    final LossState loss;
    final Rework rework;
    final double horizon;

    final int[] hardDown;
    final boolean[] lossDown;
    final boolean[] lossWork;
    final boolean[] lossTicketOpen;
    final boolean[] upgradeDown;
    final boolean[] isDown;
    private final boolean[] inVisit;
    final double[] downSince;
    private final int[] outageSeq;
    private final EventHandle[] driftHandle;
    final double[] tierDownHours;
    final int[] tierDownNow;

    final boolean[] failed;
    final int[] generation;
    final int[] renewals;

    private final int[] remateStamp;
    int stamp;

    final RepairTickets tickets;
    final Spares spares;
    final JobTracker jobs;
    final Timeline timeline;
    final List<UpgradeWork> waves = new ArrayList<>();
    final Service service;
    final Attribution attribution;
    final List<ExpansionWork> expansions = new ArrayList<>();
    final FlapProcess[] flapProcesses;

    final long[] failures = new long[FailureCause.values().length];
    long disturbed;

    Operations(PlantIndex p, LifecycleModel model, Draws draws, LossState loss, double horizonHours,
            List<UpgradeDecision[]> decisions, ExpansionWork.Plan growth) {
        this.p = p;
        this.ops = model.operations();
        this.repairs = model.repairs();
        this.jobModel = model.jobs();
        this.draws = draws;
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
        failed = new boolean[p.componentCount];
        generation = new int[p.componentCount];
        renewals = new int[p.componentCount];
        remateStamp = new int[p.connectionCount];
        tickets = new RepairTickets(this, p, repairs);
        service = new Service(p, growth.absent(n), horizonHours);
        attribution = new Attribution(n, model.expansions().size());
        int[] installed = new int[PartKind.values().length];
        for (int c = 0; c < p.componentCount; c++) {
            installed[p.compKind[c].ordinal()] += service.installed(c) ? 1 : 0;
        }
        spares = new Spares(kernel, installed, model.spares());
        jobs = new JobTracker(jobModel, service.servers());
        timeline = new Timeline(tierDownNow, service.tierCount, p.switchTier, horizonHours);
        flapProcesses = new FlapProcess[p.tierCount()];
        for (int w = 0; w < model.upgrades().size(); w++) {
            UpgradeWave wave = model.upgrades().get(w);
            waves.add(new UpgradeWork(this, p, wave, p.tierPosition(wave.tierIndex()), decisions.get(w)));
        }
        for (int e = 0; e < model.expansions().size(); e++) {
            expansions.add(new ExpansionWork(this, p, model.expansions().get(e), e, growth.retire().get(e),
                    growth.install().get(e)));
        }
    }

    /** Runs the phase to the horizon and returns its outcome. */
    ReplicationOutcome run(TurnUp.Outcome turnUp) {
        for (int d = 1; d < timeline.days(); d++) {
            kernel.postAt(24.0 * d, 0, () -> timeline.closeDay(kernel.now()));
        }
        for (int c = 0; c < p.componentCount; c++) {
            if (service.installed(c)) {
                scheduleFailure(c);
            }
        }
        for (int l = 0; l < p.linkCount; l++) {
            if (service.present(l)) {
                rescheduleDrift(l);
            }
        }
        if (ops.flaps().perLinkYear() > 0) {
            for (int t = 0; t < p.tierCount(); t++) {
                flapProcesses[t] = new FlapProcess(this, p, t);
                flapProcesses[t].next();
            }
        }
        for (UpgradeWork wave : waves) {
            kernel.postAt(wave.startHours(), 0, wave::start);
        }
        for (ExpansionWork expansion : expansions) {
            kernel.postAt(expansion.startHours(), 0, expansion::start);
        }
        kernel.run(horizon);
        return ReplicationOutcome.of(this, turnUp);
    }

    // ---- link state -------------------------------------------------------------------------------------

    /** Brings a link's up/down state in line with its causes; starts a job-tolerance check on an unplanned outage. */
    void refresh(int l) {
        if (!service.present(l)) {
            return;
        }
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
            attribution.outageStarts(l);
            int seq = ++outageSeq[l];
            if (p.serverFacing[l] && !upgradeDown[l]) {
                int owner = attribution.owner(l);
                kernel.post(jobModel.toleranceHours(), () -> {
                    if (isDown[l] && outageSeq[l] == seq) {
                        attribution.interrupted(owner, jobs.interrupt(p.linkServer[l], kernel.now()));
                    }
                });
            }
        } else {
            isDown[l] = false;
            tierDownHours[t] += now - downSince[l];
            tierDownNow[t]--;
            attribution.outageEnds(l, now - downSince[l], p.switchTier[t], service.tierCount[t]);
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
        if (lossWork[l] || inVisit[l] || !service.present(l)) {
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
                failures[cause.ordinal()]++;
                refresh(l);
            }
            if (!lossTicketOpen[l]) {
                tickets.openLinkTicket(l, 1);
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

    void cancelDrift(int l) {
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
        failures[FailureCause.AGEING.ordinal()]++;
        refresh(l);
        if (!lossTicketOpen[l]) {
            tickets.openLinkTicket(l, 1);
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

    /**
     * Mates {@code conns} with new parts (clean), then disturbs their neighbours; inside a visit. Connections of
     * links out of service (and not being installed in this visit) are left alone.
     */
    void remateAsNew(int[] conns) {
        double now = kernel.now();
        conns = Arrays.stream(conns).filter(c -> service.present(p.connLink[c]) || inVisit[p.connLink[c]]).toArray();
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
            if (n == c || remateStamp[n] == stamp || !service.present(p.connLink[n])) {
                continue;
            }
            loss.mate(n, now, false);
            disturbed++;
            attribution.disturbed();
            settle(p.connLink[n], FailureCause.CONTAMINATION);
        }
    }

    /** Replaces component {@code c} by a new one (unless it has failed: its own repair will): a fresh failure clock. */
    boolean renew(int c) {
        if (failed[c]) {
            return false;
        }
        generation[c]++;
        renewals[c]++;
        scheduleFailure(c);
        return true;
    }

    // ---- failures ---------------------------------------------------------------------------------------

    void scheduleFailure(int c) {
        Distribution law = ops.timeToFailureHours().get(p.compKind[c]);
        if (law == null) {
            return;
        }
        UniformRandomProvider rng = draws.at("ttf", p.compIds[c], renewals[c]);
        double ttf = law.sampleByInversion(rng);
        if (kernel.now() + ttf < horizon) {
            int gen = generation[c];
            kernel.post(ttf, () -> componentFails(c, gen));
        }
    }

    private void componentFails(int c, int gen) {
        if (gen != generation[c] || failed[c]) {
            return;
        }
        failed[c] = true;
        failures[FailureCause.of(p.compKind[c]).ordinal()]++;
        for (int l : p.compLinks[c]) {
            hardDown[l]++;
            refresh(l);
        }
        tickets.componentFailed(c);
    }

    /** A failed component is back: a fresh failure clock, and its links come back if nothing else holds them. */
    void componentRepaired(int c) {
        failed[c] = false;
        generation[c]++;
        renewals[c]++;
        scheduleFailure(c);
        for (int l : p.compLinks[c]) {
            hardDown[l]--;
            refresh(l);
            settle(l, FailureCause.CONTAMINATION);
        }
    }

    /** Clears a link's loss outage if it passes now; returns whether it passes. */
    boolean settleLoss(int l) {
        if (!loss.passes(l, kernel.now())) {
            return false;
        }
        if (lossDown[l]) {
            lossDown[l] = false;
            refresh(l);
        }
        rescheduleDrift(l);
        return true;
    }

    // ---- results ----------------------------------------------------------------------------------------
}
