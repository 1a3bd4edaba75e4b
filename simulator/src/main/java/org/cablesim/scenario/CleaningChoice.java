package org.cablesim.scenario;

/** What technicians do to a connector before mating it: sets whether a re-mate removes dirt first. */
public enum CleaningChoice {
    /** Inspect with a scope, clean, re-inspect. */
    INSPECT_ALWAYS,
    /** Clean without inspecting. */
    CLEAN_ONLY,
    /** Neither: a re-mate leaves existing dirt in place. */
    NONE
}
