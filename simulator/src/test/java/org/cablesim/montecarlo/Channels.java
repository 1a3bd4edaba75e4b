package org.cablesim.montecarlo;

import org.cablesim.optics.ReflectanceRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.stats.Distribution;

/** Test fixtures: link classes built from a few numbers. */
final class Channels {
    static final double APC_DB = -60;

    private Channels() {
    }

    /** A class of {@code n} connectors named c0..c(n-1), each with independent positions of {@code perPosition}. */
    static LinkClass independent(String id, int n, Distribution perPosition, int lanes, double fixedDb, double budgetDb) {
        return of(id, n, new IndependentPositions(perPosition), 16, lanes, fixedDb, budgetDb);
    }

    /** A class of {@code n} connectors named c0..c(n-1) of one mated-pair model, lanes at positions 0..lanes-1. */
    static LinkClass of(String id, int n, MatedPairLossModel model, int positions, int lanes, double fixedDb, double budgetDb) {
        List<MatedPairSlot> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slots.add(MatedPairSlot.inOrder("c" + i, model, positions, lanes, APC_DB));
        }
        return of(id, slots, lanes, fixedDb, budgetDb);
    }

    static LinkClass of(String id, List<MatedPairSlot> slots, int lanes, double fixedDb, double budgetDb) {
        double[] fixed = new double[lanes];
        Arrays.fill(fixed, fixedDb);
        return new LinkClass(id, "tier", lanes, slots, fixed, budgetDb, ReflectanceRule.ieee8023cdFr(), 1);
    }
}
