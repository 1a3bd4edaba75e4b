package org.cablesim.plant;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cablesim.topology.LogicalLink;

/**
 * The copper cables of a copper tier: one per routed link, or one per upper switch port when the cable splits 1:b
 * (its NIC ends serve the port's links). A cable is as long as its longest leg needs: the leg's routed path plus
 * slack at both ends, rounded up to the tier's copper stock lengths.
 */
final class CopperCables {
    private CopperCables() {
    }

    /** Stock length, metres → cables of that length, of one tier; empty for an optical tier. */
    static SortedMap<Double, Integer> byLengthM(CablingPlan plan, TierPlant tp) {
        SortedMap<Double, Integer> out = new TreeMap<>();
        if (tp.copper() == null) {
            return out;
        }
        Map<String, Double> cables = new HashMap<>();
        for (int l = 0; l < plan.linkCount(); l++) {
            LogicalLink link = plan.fabric().links().get(l);
            if (link.tierIndex() != tp.index() || !plan.isRouted(l)) {
                continue;
            }
            double lengthM = tp.copperLengthM(plan.routedLengthM(l));
            if (tp.copper().ends() == 1) {
                out.merge(lengthM, 1, Integer::sum);
            } else {
                cables.merge(link.toDeviceId() + "\u0000" + link.toPort(), lengthM, Math::max);
            }
        }
        cables.values().forEach(lengthM -> out.merge(lengthM, 1, Integer::sum));
        return out;
    }
}
