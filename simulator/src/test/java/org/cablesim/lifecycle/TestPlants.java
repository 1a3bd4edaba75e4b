package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.FlapSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.FixedDistribution;

/** Hand-made plants and quiet models for the lifecycle tests. */
final class TestPlants {
    private TestPlants() {
    }

    /**
     * {@code n} links L0…, tier 0 "t0", each with its own components of {@code kinds} (ids "L{i}-{k}"), no
     * connections, no fixed loss, budget 1 dB, one lane.
     */
    static LifecyclePlant ownParts(int n, boolean serverFacing, PartKind... kinds) {
        LifecyclePlant.Builder b = LifecyclePlant.builder();
        for (int i = 0; i < n; i++) {
            String id = "L" + i;
            List<String> comps = new ArrayList<>();
            for (int k = 0; k < kinds.length; k++) {
                comps.add(id + "-" + k);
                b.component(id + "-" + k, kinds[k], id);
            }
            b.link(TestLinks.link(id, 0, "t0", serverFacing, serverFacing ? "s" + i : null, comps, List.of(), 0, 1, 1));
        }
        return b.build();
    }

    /** {@code n} links, each with {@code connections} unshared connections of {@code model}. */
    static LifecyclePlant withConnections(int n, int connections, Distribution model, double fixedLossDb,
            double budgetDb, int lanes) {
        LifecyclePlant.Builder b = LifecyclePlant.builder();
        for (int i = 0; i < n; i++) {
            String id = "L" + i;
            List<LinkConnection> conns = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                conns.add(TestLinks.conn(id + ":c" + c, null, List.of(), model, -60, lanes));
            }
            b.component(id + "-x", PartKind.TRANSCEIVER, id);
            b.link(TestLinks.link(id, 0, "t0", false, null, List.of(id + "-x"), conns, fixedLossDb, budgetDb, lanes));
        }
        return b.build();
    }

    /** Operations with only the given failure laws: no flaps, dirt, ageing or disturbance. */
    static OperationsModel quietOperations(Map<PartKind, Distribution> failures) {
        return new OperationsModel(failures, FlapSpec.off(), ContaminationModel.off(), 0, false);
    }

    /**
     * Unlimited crews, instant detection and travel, every part replaced in {@code replace}, no misdiagnosis (use
     * with {@link SparesSpec#unlimited()} for no wait for spares either).
     */
    static RepairSpec instantRepairs(Distribution replace) {
        return new RepairSpec(0, new FixedDistribution(0), new FixedDistribution(0), RepairSpec.sameForAll(replace), 0);
    }

    static Map<PartKind, Distribution> fails(PartKind kind, Distribution ttf) {
        Map<PartKind, Distribution> m = new EnumMap<>(PartKind.class);
        m.put(kind, ttf);
        return m;
    }

    /** A model with quiet operations failing {@code kind} by {@code ttf}, instant repairs taking {@code replace}. */
    static LifecycleModel quiet(PartKind kind, Distribution ttf, Distribution replace) {
        return LifecycleModel.defaults()
                .withOperations(quietOperations(fails(kind, ttf)))
                .withRepairs(instantRepairs(replace)).withSpares(SparesSpec.unlimited());
    }
}
