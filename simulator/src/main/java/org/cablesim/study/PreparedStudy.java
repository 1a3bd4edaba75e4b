package org.cablesim.study;

import java.util.List;
import java.util.Objects;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.SweepPoint;
import org.cablesim.topology.LogicalFabric;

/**
 * A scenario ready to run: its logical fabric generated and every plan's cabling resolvable, and the same checked
 * for each sweep point (whose fabric is generated again when it runs, so that no point's fabric stays in memory).
 *
 * @param scenario the scenario
 * @param fabric   its logical fabric
 * @param points   every sweep point, checked, in file order
 */
public record PreparedStudy(Scenario scenario, LogicalFabric fabric, List<SweepPoint> points) {
    public PreparedStudy {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(fabric, "fabric");
        points = List.copyOf(points);
    }

}
