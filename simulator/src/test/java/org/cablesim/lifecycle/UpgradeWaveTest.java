package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.stats.FixedDistribution;
import org.junit.jupiter.api.Test;

/** Upgrade waves on a tiny plant, against hand calculations. */
class UpgradeWaveTest {
    /** Tier-0 links S0, S1 come first; links 2… are U0…U3, with these fixed losses. */
    private static final int SERVER_LINKS = 2;
    private static final double[] FIXED_DB = {0.10, 0.10, 0.20, 0.30};

    /*
     * Tier 0: 2 server links (untouched). Tier 1: 4 links U0…U3, fixed loss 0.10, 0.10, 0.20, 0.30 dB, two 0.3 dB
     * connections each, budget 3.0 dB. The wave (day 2) reuses links with fixed loss < 0.15 dB (U0, U1) and
     * re-cables the others (U2, U3); the new budget 2.0 dB is met by all (≤ 0.9 dB), so no rework. Reuse 30 min,
     * re-cable 90 min ⇒ labour 2 × 0.5 + 2 × 1.5 = 4 h; each link is down exactly while worked ⇒ 4 link-hours.
     * Cost 4 × 1,000 (optics) + 2 × 200 (cables) + 4 h × 100 = 4,800.
     * One crew works U0 (0–0.5 h), U1 (0.5–1), U2 (1–2.5), U3 (2.5–4): 4 h ⇒ 1/6 day. Two crews: U0 and U1 in
     * parallel (0–0.5), then U2 and U3 (0.5–2): 2 h ⇒ 1/12 day.
     * Tier 1 availability over 10 days: 1 − 4 / (4 × 240).
     */
    @Test
    void handCalculatedWave() {
        LifecyclePlant plant = plant();
        for (int crews : new int[] {1, 2}) {
            LifecycleResult r = LifecycleSimulator.run(plant, model(crews), new LifecycleSettings(2, 10, 1, 2));
            UpgradeResult u = r.upgrades().get(0);
            assertEquals("wave", u.label());
            assertEquals("up", u.tierName());
            assertEquals(0.5, u.reusedShare().mean());
            assertEquals(2.0, u.newCables().mean());
            assertEquals(4.0, u.labourHours().mean(), 1e-12);
            assertEquals(4.0, u.linkDownHours().mean(), 1e-12);
            assertEquals(4800.0, u.cost().mean(), 1e-9);
            assertEquals(crews == 1 ? 4.0 / 24 : 2.0 / 24, u.daysToComplete().mean(), 1e-12);
            assertEquals(0.0, u.cost().standardError(), "no randomness in this wave");
            assertEquals(1 - 4.0 / (4 * 240), r.availability().byTier().get("up").mean(), 1e-12);
            assertEquals(1.0, r.availability().byTier().get("down").mean());
            // Planned work interrupts no job (tier 1 is not server-facing anyway) and is no failure.
            assertEquals(0.0, r.totalFailuresPerYear());
        }
    }

    /* A re-cabled link over its new budget is reworked: new budget 0.5 dB below the 0.6 dB of connections. */
    @Test
    void impossibleNewBudgetIsReported() {
        LifecyclePlant plant = plant();
        UpgradeWave wave = new UpgradeWave("tight", 2, 1, "400G", "800G", 1,
                (link, from, to) -> new UpgradeDecision(true, 0.5), new UpgradeCosts(30, 90, 1000, 200, 100));
        LifecycleModel model = model(1).withUpgrades(List.of(wave));
        assertThrows(IllegalStateException.class,
                () -> LifecycleSimulator.run(plant, model, new LifecycleSettings(1, 10, 1, 1)));
    }

    @Test
    void waveOutsideThePlantOrHorizonIsRejected() {
        LifecyclePlant plant = plant();
        UpgradeCosts costs = new UpgradeCosts(30, 90, 1000, 200, 100);
        UpgradeFeasibility reuse = (link, from, to) -> new UpgradeDecision(true, 3.0);
        LifecycleModel noTier = model(1).withUpgrades(List.of(new UpgradeWave("x", 2, 5, "a", "b", 1, reuse, costs)));
        assertThrows(IllegalArgumentException.class,
                () -> LifecycleSimulator.run(plant, noTier, new LifecycleSettings(1, 10, 1, 1)));
        LifecycleModel late = model(1).withUpgrades(List.of(new UpgradeWave("x", 10, 1, "a", "b", 1, reuse, costs)));
        assertThrows(IllegalArgumentException.class,
                () -> LifecycleSimulator.run(plant, late, new LifecycleSettings(1, 10, 1, 1)));
    }

    private static LifecyclePlant plant() {
        LifecyclePlant.Builder b = LifecyclePlant.builder();
        for (int i = 0; i < SERVER_LINKS; i++) {
            String id = "S" + i;
            b.component(id + "-x", PartKind.TRANSCEIVER, id);
            b.link(TestLinks.link(id, 0, "down", true, "srv" + i, List.of(id + "-x"), List.of(), 0.1, 3.0, 4));
        }
        for (int i = 0; i < 4; i++) {
            String id = "U" + i;
            List<String> comps = List.of(id + "-xa", id + "-xb", id + "-ca", id + "-cb");
            b.component(id + "-xa", PartKind.TRANSCEIVER, id).component(id + "-xb", PartKind.TRANSCEIVER, id)
                    .component(id + "-ca", PartKind.CORD, id).component(id + "-cb", PartKind.CORD, id);
            List<LinkConnection> conns = new ArrayList<>();
            conns.add(TestLinks.conn(id + ":a", "panel-a", List.of(id + "-ca"), new FixedDistribution(0.3), -60, 4));
            conns.add(TestLinks.conn(id + ":b", "panel-b", List.of(id + "-cb"), new FixedDistribution(0.3), -60, 4));
            b.link(TestLinks.link(id, 1, "up", false, null, comps, conns, FIXED_DB[i], 3.0, 4));
        }
        return b.build();
    }

    private static LifecycleModel model(int crews) {
        UpgradeWave wave = new UpgradeWave("wave", 2, 1, "400GBASE-DR4", "800GBASE-DR8", crews,
                (link, from, to) -> new UpgradeDecision(FIXED_DB[link - SERVER_LINKS] < 0.15, 2.0),
                new UpgradeCosts(30, 90, 1000, 200, 100));
        return LifecycleModel.defaults()
                .withOperations(TestPlants.quietOperations(Map.of()).withNeighbourDisturbance(true))
                .withRepairs(TestPlants.instantRepairs(new FixedDistribution(1))).withSpares(SparesSpec.unlimited())
                .withUpgrades(List.of(wave));
    }
}
