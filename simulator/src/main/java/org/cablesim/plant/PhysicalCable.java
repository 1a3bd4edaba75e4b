package org.cablesim.plant;

import java.util.Objects;
import java.util.Optional;
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
 * @param harnessId  for a breakout harness, its catalog id (its {@code type} is then the Type its fibre map behaves
 *                   as, and {@code legs} counts its legs; the row's plugs are those of leg 1's channel); else empty
 */
public record PhysicalCable(String id, ElementKind kind, String tierName, String fromLabel, String toLabel,
        ConnectorEnd fromPlug, ConnectorEnd toPlug, int legs, int fibres, PolarityType type, double lengthM,
        String fromDevice, String toDevice, Optional<String> harnessId) {
    /** A cable that is not a harness. */
    public PhysicalCable(String id, ElementKind kind, String tierName, String fromLabel, String toLabel,
            ConnectorEnd fromPlug, ConnectorEnd toPlug, int legs, int fibres, PolarityType type, double lengthM,
            String fromDevice, String toDevice) {
        this(id, kind, tierName, fromLabel, toLabel, fromPlug, toPlug, legs, fibres, type, lengthM, fromDevice,
                toDevice, Optional.empty());
    }

    /** The same row naming the harness it is. */
    PhysicalCable withHarness(String harness) {
        return new PhysicalCable(id, kind, tierName, fromLabel, toLabel, fromPlug, toPlug, legs, fibres, type,
                lengthM, fromDevice, toDevice, Optional.of(harness));
    }

    public PhysicalCable {
        Objects.requireNonNull(harnessId, "harnessId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fromPlug, "fromPlug");
        Objects.requireNonNull(toPlug, "toPlug");
        Objects.requireNonNull(type, "type");
    }
}
