package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;

/** The cable-schedule rows of one resolved channel's own cables (cords, jumpers, assembly; trunks are per trunk). */
final class CableRows {
    private CableRows() {
    }

    static List<PhysicalCable> of(ResolvedChannel rc) {
        List<PhysicalCable> out = new ArrayList<>();
        List<ResolvedElement> elements = rc.elements();
        for (int i = 0; i < elements.size(); i++) {
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
}
