package org.cablesim.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs evaluations — pure functions of a job and a task, both JSON text ({@link Evaluations#evaluate}) — and hands
 * their results back in task order. Because each result depends only on its job and task, and results are
 * consumed in task order, every engine gives the same bytes whatever its workers or partitioning.
 */
public interface EvaluationEngine extends AutoCloseable {
    /** The engine's name as {@code --engine} spells it. */
    String name();

    /** How many tasks it runs at once: a study hands it this many (or a multiple) before writing results. */
    int parallelism();

    /**
     * Evaluates {@code tasks} of {@code jobJson}, calling {@code results} with each result in task order (from the
     * calling thread).
     */
    void evaluate(String jobJson, List<String> tasks, Consumer<String> results);

    @Override
    default void close() {
    }
}
