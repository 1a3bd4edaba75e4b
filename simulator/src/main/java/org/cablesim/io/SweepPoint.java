package org.cablesim.io;

import java.util.Objects;
import org.cablesim.scenario.Scenario;
import org.cablesim.topology.LogicalFabric;

/**
 * One point of a parameter sweep: the scenario with one field set to one value, validated, with its fabric.
 *
 * @param sweepIndex index of the sweep in {@code study.sweeps}
 * @param parameter  the swept field's path as written
 * @param valueText  the value as the report shows it
 * @param scenario   the scenario with the value applied
 * @param fabric     its logical fabric (a sweep may change the fabric, e.g. oversubscription)
 */
public record SweepPoint(int sweepIndex, String parameter, String valueText, Scenario scenario, LogicalFabric fabric) {
    public SweepPoint {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(fabric, "fabric");
    }
}
