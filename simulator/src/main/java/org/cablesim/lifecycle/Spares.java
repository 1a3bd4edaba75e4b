package org.cablesim.lifecycle;

import java.util.ArrayDeque;
import org.cablesim.kernel.EventKernel;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;

/** Base-stock spares per component kind: a taken spare is reordered at once; requests wait FIFO when out. */
final class Spares {
    private final EventKernel kernel;
    private final double leadTimeHours;
    private final int[] stock;
    private final ArrayDeque<Runnable>[] waiting;

    @SuppressWarnings("unchecked")
    Spares(EventKernel kernel, PlantIndex p, SparesSpec policy) {
        this.kernel = kernel;
        this.leadTimeHours = policy.restockHours();
        PartKind[] kinds = PartKind.values();
        stock = new int[kinds.length];
        waiting = new ArrayDeque[kinds.length];
        for (PartKind kind : kinds) {
            stock[kind.ordinal()] = policy.initialStock(kind, p.kindCounts[kind.ordinal()]);
            waiting[kind.ordinal()] = new ArrayDeque<>();
        }
    }

    /** Runs {@code then} once a spare of {@code kind} is taken (at once if one is on hand). */
    void acquire(PartKind kind, Runnable then) {
        int k = kind.ordinal();
        if (stock[k] < 0) {
            then.run();
        } else if (stock[k] > 0) {
            stock[k]--;
            kernel.post(leadTimeHours, () -> arrive(k));
            then.run();
        } else {
            waiting[k].addLast(then);
        }
    }

    private void arrive(int k) {
        stock[k]++;
        Runnable next = waiting[k].pollFirst();
        if (next != null) {
            stock[k]--;
            kernel.post(leadTimeHours, () -> arrive(k));
            next.run();
        }
    }
}
