package org.cablesim.polarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cassette, conversion module or breakout harness: an arbitrary one-to-one map from (near port,
 * position) to (far port, position), e.g. 2×MPO-12 → 3×MPO-8 or MPO-12 → 6 LC duplex.
 *
 * <p>The module's own plugs sit on both sides; they meet the neighbouring cables through
 * {@link Adapter} elements (a cassette's rear MPO adapter and front LC adapters), so every mated
 * pair appears in the channel. Slots not in the map carry no fibre. Use {@link #reversed()} for the
 * same module installed the other way round (its far ports facing the near transceiver).
 */
public final class ConversionModule implements PluggedElement {

    private final String label;
    private final List<ConnectorEnd> nearPorts;
    private final List<ConnectorEnd> farPorts;
    private final Map<PortPosition, PortPosition> nearToFar;
    private final Map<PortPosition, PortPosition> farToNear;

    /**
     * Builds a module.
     *
     * @param label     where the module is, for messages; non-blank
     * @param nearPorts plugs on the near side (port k = element k−1), non-empty
     * @param farPorts  plugs on the far side, non-empty
     * @param nearToFar one-to-one fibre map; every slot must be a populated position of its port
     */
    public ConversionModule(String label, List<ConnectorEnd> nearPorts, List<ConnectorEnd> farPorts,
                            Map<PortPosition, PortPosition> nearToFar) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("module label must be non-blank");
        }
        this.label = label;
        this.nearPorts = List.copyOf(nearPorts);
        this.farPorts = List.copyOf(farPorts);
        if (this.nearPorts.isEmpty() || this.farPorts.isEmpty()) {
            throw new IllegalArgumentException(label + ": a module needs at least one port on each side");
        }
        this.nearToFar = Map.copyOf(Objects.requireNonNull(nearToFar, "nearToFar"));
        Map<PortPosition, PortPosition> back = new HashMap<>();
        for (Map.Entry<PortPosition, PortPosition> e : this.nearToFar.entrySet()) {
            requireFibre(this.nearPorts, e.getKey(), "near");
            requireFibre(this.farPorts, e.getValue(), "far");
            if (back.put(e.getValue(), e.getKey()) != null) {
                throw new IllegalArgumentException(label + ": two fibres land on far " + e.getValue());
            }
        }
        this.farToNear = Map.copyOf(back);
    }

    /** A copy at another place; the maps are immutable and already validated, so they are shared. */
    private ConversionModule(String label, ConversionModule facts) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("module label must be non-blank");
        }
        this.label = label;
        this.nearPorts = facts.nearPorts;
        this.farPorts = facts.farPorts;
        this.nearToFar = facts.nearToFar;
        this.farToNear = facts.farToNear;
    }

    @Override
    public ConversionModule withLabel(String newLabel) {
        return new ConversionModule(newLabel, this);
    }

    /** The same module installed the other way round. */
    public ConversionModule reversed() {
        return new ConversionModule(label, farPorts, nearPorts, farToNear);
    }

    /** The fibre map, near slot → far slot (unmodifiable). */
    public Map<PortPosition, PortPosition> nearToFar() {
        return nearToFar;
    }

    /** Plugs on the near side (unmodifiable). */
    public List<ConnectorEnd> nearPorts() {
        return nearPorts;
    }

    /** Plugs on the far side (unmodifiable). */
    public List<ConnectorEnd> farPorts() {
        return farPorts;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int nearPortCount() {
        return nearPorts.size();
    }

    @Override
    public int farPortCount() {
        return farPorts.size();
    }

    @Override
    public ConnectorEnd nearEnd(int port) {
        return nearPorts.get(checkPort(port, nearPorts.size()) - 1);
    }

    @Override
    public ConnectorEnd farEnd(int port) {
        return farPorts.get(checkPort(port, farPorts.size()) - 1);
    }

    @Override
    public Optional<PortPosition> forward(PortPosition near) {
        return Optional.ofNullable(nearToFar.get(near));
    }

    @Override
    public Optional<PortPosition> backward(PortPosition far) {
        return Optional.ofNullable(farToNear.get(far));
    }

    @Override
    public String describe() {
        return "module " + label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConversionModule m && label.equals(m.label) && nearPorts.equals(m.nearPorts)
                && farPorts.equals(m.farPorts) && nearToFar.equals(m.nearToFar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, nearPorts, farPorts, nearToFar);
    }

    @Override
    public String toString() {
        return "ConversionModule[" + label + ", " + nearPorts.size() + " → " + farPorts.size() + " ports, "
                + nearToFar.size() + " fibres]";
    }

    private int checkPort(int port, int count) {
        if (port < 1 || port > count) {
            throw new IllegalArgumentException(label + " has ports 1.." + count + ", not " + port);
        }
        return port;
    }

    private void requireFibre(List<ConnectorEnd> ports, PortPosition slot, String side) {
        if (slot.port() > ports.size() || !ports.get(slot.port() - 1).isPopulated(slot.position())) {
            throw new IllegalArgumentException(label + ": " + side + " " + slot + " is not a fibre position of the module");
        }
    }
}
