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
 * until the link passes.
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

    private final Operations ops;
    private final PlantIndex p;
    private final Expansion expansion;
    private final int[] retire;
    private final int[] install;
    private ServerPool crews;
    private double startedAt;
    private double lastEnd;
    private int finished;
    private double labourHours;
    private double linkDownHours;
    private final double[] atStart = new double[3];
    private double[] window;

    ExpansionWork(Operations ops, PlantIndex p, Expansion expansion, int[] retire, int[] install) {
        this.ops = ops;
        this.p = p;
        this.expansion = expansion;
        this.retire = retire;
        this.install = install;
    }

    double startHours() {
        return expansion.day() * 24;
    }

    void start() {
        crews = new ServerPool(ops.kernel, expansion.crews());
        startedAt = ops.kernel.now();
        System.arraycopy(ops.windowCounters(), 0, atStart, 0, atStart.length);
        for (int i = 0; i < retire.length; i++) {
            int task = i;
            crews.request(() -> work(task));
        }
        if (retire.length == 0) {
            window = new double[atStart.length];
        }
    }

    private void work(int task) {
        double begin = ops.kernel.now();
        int old = retire[task];
        int fresh = install[task];
        double minutes = expansion.tasks().get(task).minutes();
        if (old >= 0) {
            ops.retire(old);
        }
        if (fresh >= 0) {
            if (old >= 0) {
                ops.bringIntoService(fresh);
                ops.setUpgradeDown(fresh, true);
            }
            ops.beginVisit(fresh);
            ops.remateAsNew(IntStream.range(p.connStart[fresh], p.connStart[fresh + 1]).toArray());
            minutes += ops.rework.untilPass(fresh, begin, ops::disturbNeighbours);
            ops.endVisit(fresh);
        }
        labourHours += minutes / 60;
        ops.kernel.post(minutes / 60, () -> {
            if (fresh >= 0 && old >= 0) {
                ops.setUpgradeDown(fresh, false);
            } else if (fresh >= 0) {
                ops.bringIntoService(fresh);
            }
            if (fresh >= 0) {
                ops.settle(fresh, FailureCause.CONTAMINATION);
            }
            if (old >= 0) {
                linkDownHours += ops.kernel.now() - begin;
            }
            crews.release();
            lastEnd = ops.kernel.now();
            if (++finished == retire.length) {
                window = windowSinceStart();
            }
        });
    }

    private double[] windowSinceStart() {
        double[] now = ops.windowCounters();
        double[] out = new double[now.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = now[i] - atStart[i];
        }
        return out;
    }

    /**
     * {labour hours, planned link-down hours, days to complete (NaN if unfinished), job interruptions, lost GPU
     * hours, disturbed re-matings, disruption GPU-hours}, interruptions, lost GPU-hours and re-matings over the
     * window (to the horizon when unfinished); disruption = lost GPU-hours + planned link-hours down × the GPUs a
     * moved link stands for. Zeros when the expansion never started.
     */
    double[] outcome() {
        if (crews == null) {
            return new double[] {0, 0, Double.NaN, 0, 0, 0, 0};
        }
        double[] w = window != null ? window : windowSinceStart();
        double days = finished == retire.length ? (lastEnd - startedAt) / 24 : Double.NaN;
        return new double[] {labourHours, linkDownHours, days, w[0], w[1], w[2],
            w[1] + linkDownHours * expansion.gpusPerLinkDown()};
    }
}
