package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;

/**
 * The cable-schedule rows of one resolved channel's own cables (cords, jumpers, assembly; trunks are per trunk). A
 * harness shared by a split port's links is listed once, by the channel on its leg 1; its polarity type is the Type
 * its fibre map behaves as on the tier ({@link TierPlant#harnessBehaviour}).
 */
final class CableRows {
    private CableRows() {
    }

    static List<PhysicalCable> of(ResolvedChannel rc, TierPlant tp) {
        List<PhysicalCable> out = new ArrayList<>();
        List<ResolvedElement> elements = rc.elements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof HarnessRun h) {
                if (h.leg() == 1) {
                    out.add(harnessRow(rc, h, tp, i == 0, i == elements.size() - 1));
                }
                continue;
            }
            if (!(elements.get(i) instanceof CableRun run) || run.kind() == ElementKind.TRUNK) {
                continue;
            }
            String fromDevice = i == 0 ? rc.near().label() : "";
            String toDevice = i == elements.size() - 1 ? rc.far().label() : "";
            out.add(new PhysicalCable(run.cableId(), run.kind(), rc.tierName(), run.nearEnd(), run.farEnd(),
                    run.cable().endA(), run.cable().endB(), 1, run.cable().endA().fibreCount(), run.cable().type(),
                    run.lengthM(), fromDevice, toDevice));
        }
        return out;
    }

    private static PhysicalCable harnessRow(ResolvedChannel rc, HarnessRun h, TierPlant tp, boolean first,
            boolean last) {
        return new PhysicalCable(h.cableId(), ElementKind.HARNESS, rc.tierName(), h.nearEnd(), h.farEnd(),
                h.module().nearEnd(1), h.module().farEnd(1), h.type().legCount(), h.type().fibres(),
                tp.harnessBehaviour(h.side()), h.lengthM(), first ? rc.near().label() : "",
                last ? rc.far().label() : "").withHarness(h.type().id());
    }
}
