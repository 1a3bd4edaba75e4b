package org.cablesim.io;

/** How the loss engine estimates failure probabilities: chosen automatically, plain sampling, or rare-event. */
public enum MonteCarloMethod {
    AUTO,
    PLAIN,
    RARE_EVENT
}
