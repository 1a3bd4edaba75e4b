package org.cablesim.lifecycle;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.kernel.ServerPool;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;

/**
 * The repair tickets of one replication's operation: a failed component or a link over budget is detected, waits
 * for a spare and a crew, and is worked on (with misdiagnosis: the wrong part swapped first on a first visit).
 */
final class RepairTickets {
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

    private final Operations o;
    private final PlantIndex p;
    private final RepairSpec repairs;
    final ServerPool crews;
    private final int[] linkTickets;
    private final int[] compTickets;

    RepairTickets(Operations o, PlantIndex p, RepairSpec repairs) {
        this.o = o;
        this.p = p;
        this.repairs = repairs;
        this.crews = new ServerPool(o.kernel, repairs.crews() == 0 ? Integer.MAX_VALUE : repairs.crews());
        this.linkTickets = new int[p.linkCount];
        this.compTickets = new int[p.componentCount];
    }

    /** Component {@code c} has failed: a ticket is raised after detection, then waits for a spare and a crew. */
    void componentFailed(int c) {
        Ticket t = newTicket(true, c, 1);
        o.kernel.post(t.detection, () -> {
            o.timeline.queue(o.kernel.now(), 1);
            o.spares.acquire(p.compKind[c], () -> requestCrew(t));
        });
    }

    private Ticket newTicket(boolean component, int target, int attempt) {
        Ticket t = new Ticket(component, target, attempt);
        UniformRandomProvider rng = component
                ? o.draws.at("repair-component", p.compIds[target], compTickets[target]++)
                : o.draws.at("repair-link", p.linkIds[target], linkTickets[target]++);
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
            o.timeline.queue(o.kernel.now(), -1);
            if (t.component) {
                o.kernel.post(t.travel + t.work, () -> componentWorkDone(t));
            } else {
                o.kernel.post(t.travel, () -> linkArrival(t));
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
            o.timeline.queue(o.kernel.now(), 1);
            requestCrew(second);
            return;
        }
        int[] links = p.compLinks[c];
        o.beginVisit(links);
        o.remateAsNew(p.compConns[c]);
        double minutes = 0;
        for (int l : links) {
            minutes += o.rework.untilPass(l, o.kernel.now(), o::disturbNeighbours);
        }
        o.endVisit(links);
        o.kernel.post(minutes / 60, () -> {
            o.componentRepaired(c);
            crews.release();
        });
    }

    /** Opens a ticket for link {@code l} over budget ({@code attempt} 1: after detection; 2: a revisit, at once). */
    void openLinkTicket(int l, int attempt) {
        o.lossTicketOpen[l] = true;
        Ticket t = newTicket(false, l, attempt);
        if (attempt == 1) {
            o.kernel.post(t.detection, () -> {
                o.timeline.queue(o.kernel.now(), 1);
                requestCrew(t);
            });
        } else {
            o.timeline.queue(o.kernel.now(), 1);
            requestCrew(t);
        }
    }

    private void linkArrival(Ticket t) {
        int l = t.target;
        if (!o.lossDown[l] || o.loss.passes(l, o.kernel.now())) {
            // Fixed meanwhile (another crew's work or a lucky disturbance): no fault found.
            o.lossTicketOpen[l] = false;
            crews.release();
            o.settle(l, FailureCause.CONTAMINATION);
            return;
        }
        o.lossWork[l] = true;
        if (t.wrongPart >= 0) {
            o.kernel.post(t.work, () -> {
                swapWrongPart(t.wrongPart, new int[] {l});
                finishLinkTicket(l);
            });
            return;
        }
        o.beginVisit(l);
        double minutes = o.rework.untilPass(l, o.kernel.now(), o::disturbNeighbours);
        o.endVisit(l);
        o.kernel.post(minutes / 60, () -> finishLinkTicket(l));
    }

    private void finishLinkTicket(int l) {
        o.lossWork[l] = false;
        o.lossTicketOpen[l] = false;
        crews.release();
        if (!o.settleLoss(l)) {
            openLinkTicket(l, 2);
        }
    }

    /** A misdiagnosis: the wrong part is swapped for a new one, re-mating its connections. */
    private void swapWrongPart(int part, int[] visitLinks) {
        if (!o.renew(part)) {
            return;
        }
        o.beginVisit(visitLinks);
        o.remateAsNew(p.compConns[part]);
        o.endVisit(visitLinks);
    }
}
