package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.kernel.EventHandle;
import org.cablesim.kernel.EventKernel;
import org.cablesim.kernel.ServerPool;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.stats.Distribution;

/**
 * One replication's operation phase on its own kernel, from the end of turn-up (time 0) to the horizon:
 * component failures, flaps, ageing, dirt and disturbance, repair tickets with spares and crews, upgrade waves
 * and the bookkeeping of outages, jobs and the daily timeline.
 *
 * <p>A link is down while a component it needs has failed, while its loss (or reflectance) is over the limit,
 * or while an upgrade crew works on it. Outcomes of a crew's work (new loss draws, dirt, disturbed neighbours)
 * are drawn when the work starts; the link comes back when the work ends.
 */
final class Operations {
    /** Re-check delay when an ageing crossing finds the link still (by rounding) within budget, hours. */
    private static final double CROSSING_RETRY_HOURS = 1e-3;

    /** A repair request for a failed component or for a link over budget. */
    private static final class Ticket {
        final boolean component;
        final int target;
        final int attempt;
        double detection;
        double travel;
        double work;
        int wrongPart = -1;

        Ticket(boolean component, int target, int attempt) {
            this.component = component;
            this.target = target;
            this.attempt = attempt;
        }
    }

    private final PlantIndex p;
    private final OperationsModel ops;
    private final RepairSpec repairs;
    private final JobModel jobModel;
    final EventKernel kernel = new EventKernel(1024);
    private final Draws draws;
    final LossState loss;
    final Rework rework;
    final double horizon;

    private final int[] hardDown;
    private final boolean[] lossDown;
    private final boolean[] lossWork;
    private final boolean[] lossTicketOpen;
    private final boolean[] upgradeDown;
    private final boolean[] isDown;
    private final boolean[] inVisit;
    private final double[] downSince;
    private final int[] outageSeq;
    private final int[] linkTickets;
    private final EventHandle[] driftHandle;
    private final double[] tierDownHours;
    private final int[] tierDownNow;

    private final boolean[] failed;
    private final int[] generation;
    private final int[] renewals;
    private final int[] compTickets;

    private final int[] remateStamp;
    private int stamp;

    private final ServerPool crews;
    private final Spares spares;
    private final JobTracker jobs;
    private final Timeline timeline;
    private final List<UpgradeWork> waves = new ArrayList<>();
    final Service service;
    final Attribution attribution;
    private final List<ExpansionWork> expansions = new ArrayList<>();
    private final FlapProcess[] flapProcesses;

    private final long[] failures = new long[FailureCause.values().length];
    private long disturbed;

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
        linkTickets = new int[n];
        driftHandle = new EventHandle[n];
        tierDownHours = new double[p.tierCount()];
        tierDownNow = new int[p.tierCount()];
        failed = new boolean[p.componentCount];
        generation = new int[p.componentCount];
        renewals = new int[p.componentCount];
        compTickets = new int[p.componentCount];
        remateStamp = new int[p.connectionCount];
        crews = new ServerPool(kernel, repairs.crews() == 0 ? Integer.MAX_VALUE : repairs.crews());
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
                flapProcesses[t] = new FlapProcess(t);
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
        return outcome(turnUp);
    }

    // ---- link state -------------------------------------------------------------------------------------

    /** Brings a link's up/down state in line with its causes; starts a job-tolerance check on an unplanned outage. */
    private void refresh(int l) {
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
                openLinkTicket(l, 1);
            }
        }
    }

    private void rescheduleDrift(int l) {
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
        failures[FailureCause.AGEING.ordinal()]++;
        refresh(l);
        if (!lossTicketOpen[l]) {
            openLinkTicket(l, 1);
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

    private void scheduleFailure(int c) {
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
        Ticket t = newTicket(true, c, 1);
        kernel.post(t.detection, () -> {
            timeline.queue(kernel.now(), 1);
            spares.acquire(p.compKind[c], () -> requestCrew(t));
        });
    }

    /** A superposed Poisson process of flaps over one tier's links; a flap is an impulse outage. */
    private final class FlapProcess implements Runnable {
        private final int tier;
        private final UniformRandomProvider rng;
        /** True while the tier has no link in service (the process waits for the first one). */
        boolean idle;

        FlapProcess(int tier) {
            this.tier = tier;
            this.rng = draws.process("flap", p.tierNames.get(tier));
        }

        /** Draws the next flap at the rate of the links in service now. */
        void next() {
            int links = service.tierCount[tier];
            idle = links == 0;
            if (idle) {
                return;
            }
            double ratePerHour = ops.flaps().perLinkYear() * links / LifecycleSpec.HOURS_PER_YEAR;
            double gap = -Math.log(1.0 - rng.nextDouble()) / ratePerHour;
            if (kernel.now() + gap < horizon) {
                kernel.post(gap, this);
            }
        }

        @Override
        public void run() {
            if (service.tierCount[tier] == 0) {
                idle = true;
                return;
            }
            int l = service.members(tier)[(int) (rng.nextDouble() * service.tierCount[tier])];
            double hours = ops.flaps().duration().sampleByInversion(rng);
            if (!isDown[l]) {
                failures[FailureCause.FLAP.ordinal()]++;
                double counted = Math.min(hours, horizon - kernel.now());
                tierDownHours[tier] += counted;
                timeline.advance(kernel.now());
                timeline.impulse(tier, counted);
                if (p.serverFacing[l] && hours > jobModel.toleranceHours()) {
                    jobs.interrupt(p.linkServer[l], kernel.now() + jobModel.toleranceHours());
                }
            }
            next();
        }
    }

    // ---- repair tickets ---------------------------------------------------------------------------------

    private Ticket newTicket(boolean component, int target, int attempt) {
        Ticket t = new Ticket(component, target, attempt);
        UniformRandomProvider rng = component
                ? draws.at("repair-component", p.compIds[target], compTickets[target]++)
                : draws.at("repair-link", p.linkIds[target], linkTickets[target]++);
        t.detection = repairs.detectionDelay().sampleByInversion(rng);
        t.travel = repairs.travel().sampleByInversion(rng);
        double wrongDraw = rng.nextDouble();
        double pickDraw = rng.nextDouble();
        int[] suspects = wrongSuspects(component ? p.compLinks[target][0] : target, component ? target : -1);
        if (attempt == 1 && suspects.length > 0 && wrongDraw < repairs.misdiagnosisShare()) {
            t.wrongPart = suspects[(int) (pickDraw * suspects.length)];
            t.work = repairs.replace().get(p.compKind[t.wrongPart]).sampleByInversion(rng);
        } else if (component) {
            t.work = repairs.replace().get(p.compKind[target]).sampleByInversion(rng);
        }
        return t;
    }

    /** The parts a misdiagnosing technician swaps: the link's transceivers and cords other than the culprit. */
    private int[] wrongSuspects(int l, int culprit) {
        return Arrays.stream(p.linkComponents[l])
                .filter(c -> c != culprit && (p.compKind[c] == PartKind.TRANSCEIVER
                        || p.compKind[c] == PartKind.CORD))
                .toArray();
    }

    private void requestCrew(Ticket t) {
        crews.request(() -> {
            timeline.queue(kernel.now(), -1);
            if (t.component) {
                kernel.post(t.travel + t.work, () -> componentWorkDone(t));
            } else {
                kernel.post(t.travel, () -> linkArrival(t));
            }
        });
    }

    private void componentWorkDone(Ticket t) {
        int c = t.target;
        if (t.wrongPart >= 0) {
            swapWrongPart(t.wrongPart, p.compLinks[c]);
            crews.release();
            // The link is still down: a second visit follows at once, with the spare already in hand.
            Ticket second = newTicket(true, c, 2);
            timeline.queue(kernel.now(), 1);
            requestCrew(second);
            return;
        }
        int[] links = p.compLinks[c];
        beginVisit(links);
        remateAsNew(p.compConns[c]);
        double minutes = 0;
        for (int l : links) {
            minutes += rework.untilPass(l, kernel.now(), this::disturbNeighbours);
        }
        endVisit(links);
        kernel.post(minutes / 60, () -> componentRepaired(c));
    }

    private void componentRepaired(int c) {
        failed[c] = false;
        generation[c]++;
        renewals[c]++;
        scheduleFailure(c);
        for (int l : p.compLinks[c]) {
            hardDown[l]--;
            refresh(l);
            settle(l, FailureCause.CONTAMINATION);
        }
        crews.release();
    }

    private void openLinkTicket(int l, int attempt) {
        lossTicketOpen[l] = true;
        Ticket t = newTicket(false, l, attempt);
        if (attempt == 1) {
            kernel.post(t.detection, () -> {
                timeline.queue(kernel.now(), 1);
                requestCrew(t);
            });
        } else {
            timeline.queue(kernel.now(), 1);
            requestCrew(t);
        }
    }

    private void linkArrival(Ticket t) {
        int l = t.target;
        if (!lossDown[l] || loss.passes(l, kernel.now())) {
            // Fixed meanwhile (another crew's work or a lucky disturbance): no fault found.
            lossTicketOpen[l] = false;
            crews.release();
            settle(l, FailureCause.CONTAMINATION);
            return;
        }
        lossWork[l] = true;
        if (t.wrongPart >= 0) {
            kernel.post(t.work, () -> {
                swapWrongPart(t.wrongPart, new int[] {l});
                finishLinkTicket(l);
            });
            return;
        }
        beginVisit(l);
        double minutes = rework.untilPass(l, kernel.now(), this::disturbNeighbours);
        endVisit(l);
        kernel.post(minutes / 60, () -> finishLinkTicket(l));
    }

    private void finishLinkTicket(int l) {
        lossWork[l] = false;
        lossTicketOpen[l] = false;
        crews.release();
        if (!settleLoss(l)) {
            openLinkTicket(l, 2);
        }
    }

    /** Clears a link's loss outage if it passes now; returns whether it passes. */
    private boolean settleLoss(int l) {
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

    /** A misdiagnosis: the wrong part is swapped for a new one, re-mating its connections. */
    private void swapWrongPart(int part, int[] visitLinks) {
        if (!renew(part)) {
            return;
        }
        beginVisit(visitLinks);
        remateAsNew(p.compConns[part]);
        endVisit(visitLinks);
    }

    // ---- growth ------------------------------------------------------------------------------------------

    /** Brings link {@code l} into service now: components new with it start their failure clocks. */
    void bringIntoService(int l) {
        timeline.advance(kernel.now());
        for (int c : service.install(l, kernel.now())) {
            scheduleFailure(c);
            spares.installed(p.compKind[c]);
        }
        FlapProcess flaps = flapProcesses[p.linkTier[l]];
        if (flaps != null && flaps.idle) {
            flaps.next();
        }
        refresh(l);
        rescheduleDrift(l);
    }

    /** Takes link {@code l} out of service now, closing any outage it is in. */
    void retire(int l) {
        double now = kernel.now();
        timeline.advance(now);
        if (isDown[l]) {
            int t = p.linkTier[l];
            tierDownHours[t] += now - downSince[l];
            tierDownNow[t]--;
            isDown[l] = false;
            attribution.outageEnds(l, now - downSince[l], p.switchTier[t], service.tierCount[t]);
        }
        cancelDrift(l);
        lossDown[l] = false;
        service.retire(l, now);
    }

    /** The servers a growth phase brought in join the jobs (when the phase's work is done). */
    void growJobs() {
        jobs.grow(service.servers(), kernel.now());
    }

    /** GPUs of the servers in service now. */
    long gpusInService() {
        return (long) service.servers() * jobModel.gpusPerServer();
    }

    /**
     * Work on a shared part from outside (e.g. a trunk landing in its panel): its connections in service are
     * re-mated, with the dirt risk of any mating, and alarm if they now fail.
     */
    void disturbPart(String sharedPartId) {
        int g = p.sharedGroup(sharedPartId);
        if (!ops.neighbourDisturbance() || g < 0) {
            return;
        }
        stamp++;
        double now = kernel.now();
        for (int n : p.sharedMembers[g]) {
            if (service.present(p.connLink[n])) {
                loss.mate(n, now, false);
                disturbed++;
                attribution.disturbed();
                settle(p.connLink[n], FailureCause.CONTAMINATION);
            }
        }
    }

    /** Unplugging retired link {@code l}'s cords disturbs the live neighbours on its shared parts. */
    void unplug(int l) {
        beginVisit(l);
        for (int c = p.connStart[l]; c < p.connStart[l + 1]; c++) {
            disturbNeighbours(c);
        }
        endVisit(l);
    }

    // ---- results ----------------------------------------------------------------------------------------

    private ReplicationOutcome outcome(TurnUp.Outcome turnUp) {
        timeline.advance(horizon);
        double[] downHours = tierDownHours.clone();
        for (int l = 0; l < p.linkCount; l++) {
            if (isDown[l]) {
                downHours[p.linkTier[l]] += horizon - downSince[l];
                attribution.outageEnds(l, horizon - downSince[l], p.switchTier[p.linkTier[l]],
                        service.tierCount[p.linkTier[l]]);
            }
        }
        double[] tierAvailability = new double[p.tierCount()];
        double totalDown = 0;
        for (int t = 0; t < p.tierCount(); t++) {
            double served = service.tierServiceHours[t];
            tierAvailability[t] = served > 0 ? 1 - downHours[t] / served : 1;
            totalDown += downHours[t];
        }
        double availability = 1 - totalDown / service.linkHours();
        double utilisation = repairs.crews() == 0 ? Double.NaN : crews.meanBusy() / repairs.crews();
        double[][] upgrades = new double[waves.size()][];
        for (int w = 0; w < waves.size(); w++) {
            upgrades[w] = waves.get(w).outcome();
        }
        double[][] growth = new double[expansions.size()][];
        for (int e = 0; e < expansions.size(); e++) {
            growth[e] = expansions.get(e).outcome();
        }
        return new ReplicationOutcome(turnUp, availability, tierAvailability, totalDown, failures.clone(),
                jobs.interruptions, jobs.lostGpuHours, utilisation, crews.meanWait(), disturbed, upgrades, growth,
                timeline.linksDown(), timeline.queued(), timeline.capacity(), timeline.tierUp(),
                timeline.inService(),
                turnUp.events() + kernel.executedCount());
    }
}
