package org.cablesim.lifecycle;

import java.util.stream.IntStream;
import org.cablesim.kernel.ServerPool;
import org.cablesim.scenario.PartKind;

/**
 * One upgrade wave in one replication: at its start every link of the tier is queued, in link order, for the
 * wave's crews. A worked link is down (planned) from the crew's start to its end; its transceivers are renewed
 * (a breakout optic once per wave), a re-cabled link also gets new cords and every connection re-mated with
 * new parts; then it is reworked until it passes the new budget.
 */
final class UpgradeWork {
    private final Operations ops;
    private final PlantIndex p;
    private final UpgradeWave wave;
    private final int tier;
    private final UpgradeDecision[] decisions;
    private boolean[] renewed;
    private ServerPool crews;
    private double startedAt;
    private double lastEnd;
    private int reused;
    private int recabled;
    private int finished;
    private int worked;
    private double labourHours;
    private double linkDownHours;

    UpgradeWork(Operations ops, PlantIndex p, UpgradeWave wave, int tier,
            UpgradeDecision[] decisions) {
        this.ops = ops;
        this.p = p;
        this.wave = wave;
        this.tier = tier;
        this.decisions = decisions;
    }

    double startHours() {
        return wave.day() * 24;
    }

    void start() {
        renewed = new boolean[p.componentCount];
        crews = new ServerPool(ops.kernel, wave.crews());
        startedAt = ops.kernel.now();
        int[] links = p.tierLinks[tier];
        for (int i = 0; i < links.length; i++) {
            int l = links[i];
            if (!ops.service.present(l)) {
                continue;
            }
            worked++;
            UpgradeDecision decision = decisions[i];
            crews.request(() -> work(l, decision));
        }
    }

    private void work(int l, UpgradeDecision decision) {
        double begin = ops.kernel.now();
        ops.setUpgradeDown(l, true);
        ops.loss.budgetDb[l] = decision.newBudgetDb();
        ops.beginVisit(l);
        for (int c : p.linkComponents[l]) {
            if (p.compKind[c] == PartKind.TRANSCEIVER && !renewed[c]) {
                renewed[c] = true;
                ops.renew(c);
            }
        }
        double minutes;
        if (decision.reuse()) {
            reused++;
            minutes = wave.costs().reuseMinutesPerLink();
        } else {
            recabled++;
            minutes = wave.costs().recableMinutesPerLink();
            for (int c : p.linkComponents[l]) {
                if (p.compKind[c] == PartKind.CORD) {
                    ops.renew(c);
                }
            }
            ops.remateAsNew(IntStream.range(p.connStart[l], p.connStart[l + 1]).toArray());
        }
        minutes += ops.rework.untilPass(l, begin, ops::disturbNeighbours);
        ops.endVisit(l);
        labourHours += minutes / 60;
        ops.kernel.post(minutes / 60, () -> {
            ops.setUpgradeDown(l, false);
            ops.settle(l, FailureCause.CONTAMINATION);
            crews.release();
            linkDownHours += ops.kernel.now() - begin;
            lastEnd = ops.kernel.now();
            finished++;
        });
    }

    /** {reused share, re-cabled links, labour hours, link-down hours, days to complete (NaN if unfinished), cost}. */
    double[] outcome() {
        int links = worked;
        UpgradeCosts costs = wave.costs();
        double cost = (reused + recabled) * costs.transceiverCostPerLink() + recabled * costs.cableCostPerLink()
                + labourHours * costs.labourCostPerHour();
        double days = finished == links ? (lastEnd - startedAt) / 24 : Double.NaN;
        return new double[] {(double) reused / links, recabled, labourHours, linkDownHours, days, cost};
    }
}
