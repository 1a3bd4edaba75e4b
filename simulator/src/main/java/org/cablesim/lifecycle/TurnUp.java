package org.cablesim.lifecycle;

import org.cablesim.kernel.EventKernel;
import org.cablesim.kernel.ServerPool;
import org.cablesim.scenario.TurnUpSpec;

/**
 * The turn-up phase of one replication, on its own kernel: every connection is mated once at installation,
 * then each link, in link order, waits for a turn-up crew, is tested and reworked until it passes. A link broken by
 * design fails its first test whatever its losses; its design rework replaces the wrong part and re-mates every
 * connection of the channel (one replacement plus a re-mate per connection, then a retest), after which it is
 * reworked like any other link. No neighbour disturbance here: each link is accepted on its own test. Operation
 * starts when the last link passes; the optical state carries over with its clock reset to 0.
 */
final class TurnUp {
    /** Outcomes of one turn-up. */
    record Outcome(double firstPassYield, long reworkActions, long replacements, long designReworks,
            double labourHours, double daysToFullFabric, long events) {
    }

    private TurnUp() {
    }

    /** Turns up the links in service at the start ({@code absent} marks those a later expansion installs). */
    static Outcome run(PlantIndex p, LossState loss, TurnUpSpec procedure, ContaminationModel contamination,
            boolean[] absent) {
        for (int c = 0; c < p.connectionCount; c++) {
            if (!absent[p.connLink[c]]) {
                loss.mate(c, 0, true);
            }
        }
        Rework rework = new Rework(p, loss, procedure, contamination);
        EventKernel kernel = new EventKernel();
        ServerPool crews = new ServerPool(kernel, procedure.crews());
        long[] firstPass = {0};
        long[] designReworks = {0};
        double[] labourMinutes = {0};
        double[] lastDone = {0};
        int turnedUp = 0;
        for (int l = 0; l < p.linkCount; l++) {
            if (absent[l]) {
                continue;
            }
            turnedUp++;
            int link = l;
            crews.request(() -> {
                if (loss.passes(link, 0)) {
                    firstPass[0]++;
                }
                double minutes = procedure.testMinutes();
                if (loss.hasDesignFault(link)) {
                    designReworks[0]++;
                    minutes += procedure.replaceMinutes()
                            + (p.connStart[link + 1] - p.connStart[link]) * procedure.remateMinutes()
                            + procedure.testMinutes();
                    loss.rebuild(link, 0);
                }
                minutes += rework.untilPass(link, 0, null);
                labourMinutes[0] += minutes;
                kernel.post(minutes / 60, () -> {
                    crews.release();
                    lastDone[0] = kernel.now();
                });
            });
        }
        kernel.runAll();
        return new Outcome((double) firstPass[0] / turnedUp, rework.remates + rework.replacements,
                rework.replacements, designReworks[0], labourMinutes[0] / 60, lastDone[0] / 24, kernel.executedCount());
    }
}
