package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cablesim.kernel.ServerPool;

/**
 * One expansion in one replication, on the upgrade waves' pattern: at its start every task is queued, in order,
 * for the expansion's crews. A move takes the link's old channel out of service and its new one in, down
 * (planned) until the crew is done; an install brings a new link into service when its crew is done. Either way
 * the new channel's connections are mated with new parts (disturbing their neighbours on shared parts) and reworked
 * until the link passes. The servers the expansion brings in join the training jobs when its last task is done.
 */
final class ExpansionWork {
    /**
     * Expansions resolved against a plant.
     *
     * @param absentAtStart per link: installed by an expansion, so out of service at the start
     * @param retire        per expansion, per task: the link retired, or −1
     * @param install       per expansion, per task: the link installed, or −1
     */
    record Plan(boolean[] absentAtStart, List<int[]> retire, List<int[]> install) {
        static final Plan NONE = new Plan(null, List.of(), List.of());

        /** Resolves every task's link ids. */
        static Plan of(PlantIndex p, List<Expansion> expansions) {
            boolean[] absent = new boolean[p.linkCount];
            List<int[]> retire = new ArrayList<>();
            List<int[]> install = new ArrayList<>();
            for (Expansion e : expansions) {
                int[] r = new int[e.tasks().size()];
                int[] in = new int[e.tasks().size()];
                for (int i = 0; i < r.length; i++) {
                    ExpansionTask task = e.tasks().get(i);
                    r[i] = task.retireLinkId() == null ? -1 : p.linkIndex(task.retireLinkId());
                    in[i] = task.installLinkId() == null ? -1 : p.linkIndex(task.installLinkId());
                    if (in[i] >= 0) {
                        if (absent[in[i]]) {
                            throw new IllegalArgumentException("link " + task.installLinkId() + " is installed by"
                                    + " two expansions");
                        }
                        absent[in[i]] = true;
                    }
                }
                retire.add(r);
                install.add(in);
            }
            return new Plan(absent, retire, install);
        }

        boolean[] absent(int links) {
            return absentAtStart == null ? new boolean[links] : absentAtStart;
        }
    }

    private final Operations o;
    private final PlantIndex p;
    private final Expansion expansion;
    private final int index;
    private final int[] retire;
    private final int[] install;
    private ServerPool crews;
    private double startedAt;
    private double lastEnd;
    private int finished;
    private double labourHours;
    private double linkDownHours;
    private double gpusAtStart;

    ExpansionWork(Operations ops, PlantIndex p, Expansion expansion, int index, int[] retire, int[] install) {
        this.o = ops;
        this.p = p;
        this.expansion = expansion;
        this.index = index;
        this.retire = retire;
        this.install = install;
    }

    double startHours() {
        return expansion.day() * 24;
    }

    void start() {
        crews = new ServerPool(o.kernel, expansion.crews());
        startedAt = o.kernel.now();
        gpusAtStart = gpusInService();
        for (int i = 0; i < retire.length; i++) {
            int task = i;
            crews.request(() -> work(task));
        }
        if (retire.length == 0) {
            growJobs();
        }
    }

    private void work(int task) {
        double begin = o.kernel.now();
        int old = retire[task];
        int fresh = install[task];
        double minutes = expansion.tasks().get(task).minutes();
        o.attribution.working(index);
        if (old >= 0) {
            retire(old);
            unplug(old);
        }
        for (String part : expansion.tasks().get(task).disturbs()) {
            disturbPart(part);
        }
        if (fresh >= 0) {
            if (old >= 0) {
                bringIntoService(fresh);
                o.setUpgradeDown(fresh, true);
            }
            o.beginVisit(fresh);
            o.remateAsNew(IntStream.range(p.connStart[fresh], p.connStart[fresh + 1]).toArray());
            minutes += o.rework.untilPass(fresh, begin, o::disturbNeighbours);
            o.endVisit(fresh);
        }
        o.attribution.working(-1);
        labourHours += minutes / 60;
        o.kernel.post(minutes / 60, () -> {
            o.attribution.working(index);
            if (fresh >= 0 && old >= 0) {
                o.setUpgradeDown(fresh, false);
            } else if (fresh >= 0) {
                bringIntoService(fresh);
            }
            if (fresh >= 0) {
                o.settle(fresh, FailureCause.CONTAMINATION);
            }
            o.attribution.working(-1);
            if (old >= 0) {
                linkDownHours += o.kernel.now() - begin;
            }
            crews.release();
            lastEnd = o.kernel.now();
            if (++finished == retire.length) {
                growJobs();
            }
        });
    }

    /**
     * {labour hours, planned link-hours down, days to complete (NaN if unfinished), job interruptions, lost GPU
     * hours, disturbed re-matings, disruption GPU-hours}, the last four charged to this expansion's own work
     * ({@link Attribution}). Disruption = GPU-hours its interruptions lost + the GPUs in service at its start × the
     * share of a switch–switch tier its outages held down, in hours (a tier with k of n links down carries k/n less
     * of the running jobs' traffic). Zeros when the expansion never started.
     */
    double[] outcome() {
        if (crews == null) {
            return new double[] {0, 0, Double.NaN, 0, 0, 0, 0};
        }
        double[] charged = o.attribution.of(index);
        double days = finished == retire.length ? (lastEnd - startedAt) / 24 : Double.NaN;
        return new double[] {labourHours, linkDownHours, days, charged[0], charged[1], charged[2],
            charged[1] + gpusAtStart * charged[3]};
    }

    // ---- what an expansion does to the plant in service ---------------------------------------------------

    /** Brings link {@code l} into service now: components new with it start their failure clocks. */
    private void bringIntoService(int l) {
        o.timeline.advance(o.kernel.now());
        for (int c : o.service.install(l, o.kernel.now())) {
            o.scheduleFailure(c);
            o.spares.installed(p.compKind[c]);
        }
        FlapProcess flaps = o.flapProcesses[p.linkTier[l]];
        if (flaps != null && flaps.idle) {
            flaps.next();
        }
        o.refresh(l);
        o.rescheduleDrift(l);
    }

    /** Takes link {@code l} out of service now, closing any outage it is in. */
    private void retire(int l) {
        double now = o.kernel.now();
        o.timeline.advance(now);
        if (o.isDown[l]) {
            int t = p.linkTier[l];
            o.tierDownHours[t] += now - o.downSince[l];
            o.tierDownNow[t]--;
            o.isDown[l] = false;
            o.attribution.outageEnds(l, now - o.downSince[l], p.switchTier[t], o.service.tierCount[t]);
        }
        o.cancelDrift(l);
        o.lossDown[l] = false;
        o.service.retire(l, now);
    }

    /** The servers a growth phase brought in join the jobs (when the phase's work is done). */
    private void growJobs() {
        o.jobs.grow(o.service.servers(), o.kernel.now());
    }

    /** GPUs of the servers in service now. */
    private long gpusInService() {
        return (long) o.service.servers() * o.jobModel.gpusPerServer();
    }

    /**
     * Work on a shared part from outside (e.g. a trunk landing in its panel): its connections in service are
     * re-mated, with the dirt risk of any mating, and alarm if they now fail.
     */
    private void disturbPart(String sharedPartId) {
        int g = p.sharedGroup(sharedPartId);
        if (!o.ops.neighbourDisturbance() || g < 0) {
            return;
        }
        o.stamp++;
        double now = o.kernel.now();
        for (int n : p.sharedMembers[g]) {
            if (o.service.present(p.connLink[n])) {
                o.loss.mate(n, now, false);
                o.disturbed++;
                o.attribution.disturbed();
                o.settle(p.connLink[n], FailureCause.CONTAMINATION);
            }
        }
    }

    /** Unplugging retired link {@code l}'s cords disturbs the live neighbours on its shared parts. */
    private void unplug(int l) {
        o.beginVisit(l);
        for (int c = p.connStart[l]; c < p.connStart[l + 1]; c++) {
            o.disturbNeighbours(c);
        }
        o.endVisit(l);
    }
}
