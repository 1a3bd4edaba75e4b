package org.cablesim.catalog;

/** What one labour time is spent on: one task (e.g. one mated pair) or one metre of routing. */
public enum LabourUnit {
    EACH,
    PER_METRE
}
