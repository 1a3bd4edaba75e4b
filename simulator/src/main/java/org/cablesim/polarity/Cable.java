package org.cablesim.polarity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cablesim.stats.Checks;

/**
 * An array cord or trunk of TIA-568.3 polarity type A, B or C, with identical legs at each end.
 *
 * <p>{@code endA} faces the near transceiver, {@code endB} the far one. Each leg maps positions by
 * its type ({@link PositionMap#straight}, {@link PositionMap#mirrored}, {@link PositionMap#pairSwapped}).
 * A multi-leg trunk keeps leg k at leg k unless {@code legsReversed}, which models a trunk whose legs
 * are numbered in opposite order at its two ends (leg k → leg legs+1−k), as in a 24-fibre Type-B
 * trunk split into two MPO-12 legs.
 *
 * @param label        where the cable is, for messages; non-blank
 * @param role         cord or trunk
 * @param type         A, B or C (U1/U2 are transitions, not cables)
 * @param endA         plug on every near-side leg
 * @param endB         plug on every far-side leg; same positions and fibre count as endA
 * @param legs         plugs per end, &ge; 1
 * @param legsReversed whether leg k arrives at leg legs+1−k
 */
public record Cable(String label, CableRole role, PolarityType type, ConnectorEnd endA, ConnectorEnd endB,
                    int legs, boolean legsReversed) implements PluggedElement {

    public Cable {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("cable label must be non-blank");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(endA, "endA");
        Objects.requireNonNull(endB, "endB");
        if (type == PolarityType.U1 || type == PolarityType.U2) {
            throw new IllegalArgumentException(label + ": " + type + " names a universal fibre transition, not a cable;"
                    + " universal methods use Type-B trunks (build the transition with ConversionModules)");
        }
        if (endA.fibresPerRow() != endB.fibresPerRow() || endA.rows() != endB.rows()
                || endA.fibreCount() != endB.fibreCount()) {
            throw new IllegalArgumentException(label + ": both ends of a cable need the same ferrule and fibre count, were "
                    + endA.connectorTypeId() + " and " + endB.connectorTypeId()
                    + " (use a ConversionModule to change fibre count)");
        }
        Checks.atLeast(label + ": legs", legs, 1);
        if (type == PolarityType.C && endA.fibresPerRow() % 2 != 0) {
            throw new IllegalArgumentException(label + ": a Type-C cable needs an even number of positions per row");
        }
        PositionMap map = positionMapOf(type, endA);
        for (int p = 1; p <= endA.positions(); p++) {
            if (endA.isPopulated(p) != endB.isPopulated(map.apply(p))) {
                throw new IllegalArgumentException(label + ": a Type-" + type + " cable would carry the fibre at position "
                        + p + " to an empty position " + map.apply(p));
            }
        }
    }

    @Override
    public Cable withLabel(String newLabel) {
        return new Cable(newLabel, role, type, endA, endB, legs, legsReversed);
    }

    /** A single-leg patch or equipment cord. */
    public static Cable cord(String label, PolarityType type, ConnectorEnd endA, ConnectorEnd endB) {
        return new Cable(label, CableRole.CORD, type, endA, endB, 1, false);
    }

    /** A trunk with the given legs per end, leg k arriving at leg k. */
    public static Cable trunk(String label, PolarityType type, ConnectorEnd endA, ConnectorEnd endB, int legs) {
        return new Cable(label, CableRole.TRUNK, type, endA, endB, legs, false);
    }

    /** The map one leg applies, near plug positions to far plug positions. */
    public PositionMap positionMap() {
        return positionMapOf(type, endA);
    }

    /** Whether this cable mirrors positions (a polarity flip for parallel lanes). */
    public boolean mirrors() {
        return type == PolarityType.B;
    }

    @Override
    public int nearPortCount() {
        return legs;
    }

    @Override
    public int farPortCount() {
        return legs;
    }

    @Override
    public ConnectorEnd nearEnd(int port) {
        checkLeg(port);
        return endA;
    }

    @Override
    public ConnectorEnd farEnd(int port) {
        checkLeg(port);
        return endB;
    }

    @Override
    public Optional<PortPosition> forward(PortPosition near) {
        if (near.port() > legs || !endA.isPopulated(near.position())) {
            return Optional.empty();
        }
        return Optional.of(new PortPosition(otherLeg(near.port()), positionMap().apply(near.position())));
    }

    @Override
    public Optional<PortPosition> backward(PortPosition far) {
        if (far.port() > legs || !endB.isPopulated(far.position())) {
            return Optional.empty();
        }
        return Optional.of(new PortPosition(otherLeg(far.port()), positionMap().inverse().apply(far.position())));
    }

    @Override
    public String describe() {
        return "Type-" + type + " " + role.name().toLowerCase(Locale.ROOT) + " " + label;
    }

    private int otherLeg(int leg) {
        return legsReversed ? legs + 1 - leg : leg;
    }

    private void checkLeg(int port) {
        if (port < 1 || port > legs) {
            throw new IllegalArgumentException(label + " has legs 1.." + legs + ", not " + port);
        }
    }

    private static PositionMap positionMapOf(PolarityType type, ConnectorEnd end) {
        return switch (type) {
            case A -> PositionMap.straight(end.positions());
            case B -> PositionMap.mirrored(end.fibresPerRow(), end.rows());
            case C -> PositionMap.pairSwapped(end.fibresPerRow(), end.rows());
            case U1, U2 -> throw new IllegalStateException("unreachable: rejected in the constructor");
        };
    }
}
