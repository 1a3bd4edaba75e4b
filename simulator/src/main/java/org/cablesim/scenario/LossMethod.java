package org.cablesim.scenario;

/** How the loss engine estimates failure probabilities: chosen per link class, plain sampling, or rare-event. */
public enum LossMethod {
    AUTO,
    PLAIN,
    RARE_EVENT
}
