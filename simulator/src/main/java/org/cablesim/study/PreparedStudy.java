package org.cablesim.study;

import java.util.List;
import java.util.Objects;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.SweepPoint;
import org.cablesim.topology.LogicalFabric;

/**
 * A scenario ready to run: its logical fabric generated and every plan's cabling resolvable, and the same for each
 * sweep point.
 *
 * @param scenario the scenario
 * @param fabric   its logical fabric
 * @param points   every sweep point with its own fabric (a sweep may change the fabric), in file order
 */
public record PreparedStudy(Scenario scenario, LogicalFabric fabric, List<Point> points) {
    public PreparedStudy {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(fabric, "fabric");
        points = List.copyOf(points);
    }

    /**
     * A sweep point ready to run.
     *
     * @param point  the point (its scenario with the value applied)
     * @param fabric its logical fabric
     */
    public record Point(SweepPoint point, LogicalFabric fabric) {
        public Point {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(fabric, "fabric");
        }
    }
}
