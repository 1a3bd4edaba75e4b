package org.cablesim.io;

import org.cablesim.scenario.Problem;
import java.util.Optional;
import org.cablesim.scenario.Scenario;

/**
 * A last check on a scenario that passed every rule of the format, made before its fabric is generated (the
 * command line uses it to refuse scenarios whose estimated work exceeds the machine). Called for the scenario
 * and for every sweep point's scenario.
 */
@FunctionalInterface
public interface ScenarioGate {
    /** Lets everything through. */
    ScenarioGate NONE = scenario -> Optional.empty();

    /** The problem that stops {@code scenario}, or empty to go on. */
    Optional<Problem> check(Scenario scenario);
}
