package org.cablesim.scenario;

/**
 * How the loss engine estimates a link class's failure probability (the plain run for the margins happens in
 * every case); the scenario's {@code montecarlo.method}.
 */
public enum LossMethod {
    /** The engine's own choice: exact, precise plain, importance sampling, or extended plain. */
    AUTO,
    /** The plain run's estimate only, however few failures it saw. */
    PLAIN,
    /** Exact when the closed form applies, else importance sampling, else extended plain: never the short plain run. */
    RARE_EVENT
}
