package org.cablesim.lifecycle;

import java.util.ArrayDeque;
import org.cablesim.kernel.EventKernel;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;

/**
 * Base-stock spares per component kind: a taken spare is reordered at once; requests wait FIFO when out. The base
 * stock follows the parts installed: when a growth phase installs more, the stock rises to the larger base.
 */
final class Spares {
    private final EventKernel kernel;
    private final double leadTimeHours;
    private final int[] stock;
    private final int[] installed;
    private final SparesSpec policy;
    private final ArrayDeque<Runnable>[] waiting;

    @SuppressWarnings("unchecked")
    /** @param installedByKind parts in service at the start, per {@link PartKind} ordinal */
    Spares(EventKernel kernel, int[] installedByKind, SparesSpec policy) {
        this.kernel = kernel;
        this.leadTimeHours = policy.restockHours();
        this.policy = policy;
        this.installed = installedByKind.clone();
        PartKind[] kinds = PartKind.values();
        stock = new int[kinds.length];
        waiting = new ArrayDeque[kinds.length];
        for (PartKind kind : kinds) {
            stock[kind.ordinal()] = policy.initialStock(kind, installed[kind.ordinal()]);
            waiting[kind.ordinal()] = new ArrayDeque<>();
        }
    }

    /** One more part of {@code kind} is installed: the base stock follows, new spares on hand at once. */
    void installed(PartKind kind) {
        int k = kind.ordinal();
        int before = policy.initialStock(kind, installed[k]);
        int after = policy.initialStock(kind, ++installed[k]);
        if (stock[k] >= 0 && after > before) {
            for (int i = before; i < after; i++) {
                arrive(k);
            }
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
