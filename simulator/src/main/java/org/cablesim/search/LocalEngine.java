package org.cablesim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.cablesim.study.Futures;

/** The embedded engine: evaluations on this machine's threads, results handed back in task order. */
public final class LocalEngine implements EvaluationEngine {
    /** The name {@code --engine} gives it. */
    public static final String NAME = "local";

    private final int workers;
    private final ExecutorService pool;

    /** @param workers evaluations run at once, ≥ 1 */
    public LocalEngine(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, was " + workers);
        }
        this.workers = workers;
        this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "cablesim-evaluation");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int parallelism() {
        return workers;
    }

    @Override
    public void evaluate(String jobJson, List<String> tasks, Consumer<String> results) {
        if (pool == null) {
            tasks.forEach(task -> results.accept(Evaluations.evaluate(jobJson, task)));
            return;
        }
        List<Future<String>> futures = new ArrayList<>();
        for (String task : tasks) {
            futures.add(pool.submit(() -> Evaluations.evaluate(jobJson, task)));
        }
        try {
            for (Future<String> f : futures) {
                results.accept(Futures.get(f, "evaluating"));
            }
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
