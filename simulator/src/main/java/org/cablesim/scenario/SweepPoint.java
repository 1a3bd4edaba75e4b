package org.cablesim.scenario;

import java.util.Objects;
import org.cablesim.scenario.Scenario;

/**
 * One point of a parameter sweep: the scenario with one field set to one value, validated.
 *
 * @param sweepIndex index of the sweep in {@code study.sweeps}
 * @param parameter  the swept field's path as written
 * @param valueText  the value as the report shows it
 * @param scenario   the scenario with the value applied
 */
public record SweepPoint(int sweepIndex, String parameter, String valueText, Scenario scenario) {
    public SweepPoint {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(scenario, "scenario");
    }
}
