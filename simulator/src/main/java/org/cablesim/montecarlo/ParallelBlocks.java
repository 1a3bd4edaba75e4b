package org.cablesim.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cablesim.stats.Checks;

/**
 * Runs numbered trial blocks on a fixed number of threads. Each block's randomness is derived from its
 * index alone and its results are stored by index, so callers that reduce in block order get results
 * independent of the thread count and of which thread ran which block.
 */
final class ParallelBlocks {
    /** The work of one block, given the calling thread's private worker state. */
    @FunctionalInterface
    interface Body<W> {
        void run(W worker, long block);
    }

    private ParallelBlocks() {
    }

    /**
     * Runs {@code body} for every block in [from, to) and returns the worker states (one per thread used,
     * for order-free merges such as integer histograms).
     */
    static <W> List<W> run(int threads, long from, long to, Supplier<W> workers, Body<W> body) {
        Checks.atLeast("threads", threads, 1);
        long blocks = to - from;
        int used = (int) Math.max(1, Math.min(threads, blocks));
        List<W> states = new ArrayList<>(used);
        if (used == 1) {
            W w = workers.get();
            for (long b = from; b < to; b++) {
                body.run(w, b);
            }
            states.add(w);
            return states;
        }
        AtomicLong next = new AtomicLong(from);
        ExecutorService pool = Executors.newFixedThreadPool(used, r -> {
            Thread t = new Thread(r, "cablesim-mc");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<W>> futures = new ArrayList<>(used);
            for (int i = 0; i < used; i++) {
                futures.add(pool.submit(() -> {
                    W w = workers.get();
                    for (long b = next.getAndIncrement(); b < to; b = next.getAndIncrement()) {
                        body.run(w, b);
                    }
                    return w;
                }));
            }
            for (Future<W> f : futures) {
                states.add(f.get());
            }
            return states;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
