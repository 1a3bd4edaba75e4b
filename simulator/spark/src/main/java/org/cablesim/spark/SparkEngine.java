package org.cablesim.spark;

import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.cablesim.search.EvaluationEngine;
import org.cablesim.search.Evaluations;

/**
 * Evaluations on a Spark cluster: the job (scenario text, seed, …) is broadcast once, the tasks are spread over
 * partitions, each executor runs {@link Evaluations#evaluate} — a pure function of job and task — and the driver
 * collects the results in task order. The partitioning changes where a task runs, never its result or its place.
 */
public final class SparkEngine implements EvaluationEngine {
    /** The name {@code --engine} gives it. */
    public static final String NAME = "spark";

    private final JavaSparkContext context;
    private final int partitions;
    private final boolean owned;

    /**
     * @param context    the Spark context to run on
     * @param partitions partitions of each batch of tasks, ≥ 1 (e.g. the cluster's default parallelism)
     * @param owned      whether {@link #close()} stops the context
     */
    public SparkEngine(JavaSparkContext context, int partitions, boolean owned) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        this.context = context;
        this.partitions = partitions;
        this.owned = owned;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int parallelism() {
        return Math.max(1, context.defaultParallelism());
    }

    @Override
    public void evaluate(String jobJson, List<String> tasks, Consumer<String> results) {
        if (tasks.isEmpty()) {
            return;
        }
        Broadcast<String> job = context.broadcast(jobJson);
        try {
            List<String> out = context.parallelize(tasks, Math.min(tasks.size(), partitions))
                    .map(task -> Evaluations.evaluate(job.value(), task))
                    .collect();
            out.forEach(results);
        } finally {
            job.destroy();
        }
    }

    @Override
    public void close() {
        if (owned) {
            context.stop();
        }
    }
}
