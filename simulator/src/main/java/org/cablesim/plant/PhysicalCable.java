package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.PolarityType;

/**
 * One physical cable of the plant: one row of cable-schedule.csv.
 *
 * @param id         cable id ({@code T…} trunk, {@code C…} cord, {@code J…} jumper, {@code D…} direct assembly)
 * @param kind       what it is used as
 * @param tierName   the fabric tier it serves
 * @param fromLabel  TIA-606-style label of its lower end: {@code rack.panel.port} (first leg's port for a trunk),
 *                   or {@code rack.device:port} at a transceiver
 * @param toLabel    label of its upper end, same style
 * @param fromPlug   plug at the lower end (every leg of a trunk)
 * @param toPlug     plug at the upper end
 * @param legs       plugs per end, ≥ 1
 * @param fibres     fibres in the cable: legs × fibres per plug
 * @param type       polarity type
 * @param lengthM    stock (or made-to-order) length, metres
 * @param fromDevice device at the lower end ({@code su01-srv001:3}) or, for a trunk, its lower rack
 * @param toDevice   device at the upper end or, for a trunk, its upper rack
 */
public record PhysicalCable(String id, ElementKind kind, String tierName, String fromLabel, String toLabel,
        ConnectorEnd fromPlug, ConnectorEnd toPlug, int legs, int fibres, PolarityType type, double lengthM,
        String fromDevice, String toDevice) {
    public PhysicalCable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fromPlug, "fromPlug");
        Objects.requireNonNull(toPlug, "toPlug");
        Objects.requireNonNull(type, "type");
    }
}
