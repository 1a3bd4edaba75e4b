package org.cablesim.search;

/**
 * A source of an {@link EvaluationEngine} found with {@link java.util.ServiceLoader}: the optional cluster module
 * registers one, so the command line offers its engine only when that module's jar is on the class path.
 */
public interface EngineProvider {
    /** The engine's name as {@code --engine} spells it, e.g. {@code spark}. */
    String name();

    /** Starts the engine (e.g. connects to the cluster master the launcher configured). */
    EvaluationEngine open();
}
