package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;

/** Cable-schedule rows: one per trunk, and per resolved channel its own cords, jumpers or assembly. */
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

    /** The cable-schedule row of trunk {@code t}. */
    static PhysicalCable trunk(CablingPlan plan, int t) {
        PlantLayout layout = plan.layout();
        TierPlant tp = plan.tiers().get(layout.trunkTier()[t]);
        int near = layout.trunkNearStack()[t];
        int far = layout.trunkFarStack()[t];
        return new PhysicalCable(CablingPlan.trunkId(t), ElementKind.TRUNK, tp.tier().name(),
                plan.stackPortLabel(near, layout.trunkNearStart()[t]),
                plan.stackPortLabel(far, layout.trunkFarStart()[t]), tp.trunkPlug(), tp.trunkPlug(), tp.legs(),
                tp.trunkFibres(), tp.trunkType(), plan.trunkLengthM(t), plan.pathways().node(plan.stackNode(near))
                        .label(), plan.pathways().node(plan.stackNode(far)).label());
    }
}
