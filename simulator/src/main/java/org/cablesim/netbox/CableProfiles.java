package org.cablesim.netbox;

import java.util.List;
import java.util.Optional;

/**
 * The NetBox 4.6 cable profiles an export chooses from (netbox/dcim/cable_profiles.py at v4.6.8): connectors per
 * side and positions per connector, identity mapping (single, trunk) or connector k ↔ position k (breakout). The
 * shuffle profiles are never chosen: cablesim's trunks are straight. The tests check each shape against NetBox's.
 */
final class CableProfiles {
    /**
     * One profile's shape.
     *
     * @param id                profile value
     * @param aConnectors       connectors on side A
     * @param aPositions        positions per A connector
     * @param bConnectors       connectors on side B
     * @param bPositions        positions per B connector
     */
    record Shape(String id, int aConnectors, int aPositions, int bConnectors, int bPositions) {
    }

    static final List<Shape> SHAPES = List.of(
            single(1), single(2), single(4), single(6), single(8), single(12), single(16),
            trunk(2, 1), trunk(2, 2), trunk(2, 4), trunk(2, 6), trunk(2, 8), trunk(2, 12),
            trunk(4, 1), trunk(4, 2), trunk(4, 4), trunk(4, 6), trunk(4, 8), trunk(8, 4),
            breakout(2), breakout(4), breakout(6), breakout(8));

    private CableProfiles() {
    }

    private static Shape single(int p) {
        return new Shape("single-1c" + p + "p", 1, p, 1, p);
    }

    private static Shape trunk(int c, int p) {
        return new Shape("trunk-" + c + "c" + p + "p", c, p, c, p);
    }

    private static Shape breakout(int n) {
        return new Shape("breakout-1c" + n + "p-" + n + "c1p", 1, n, n, 1);
    }

    /**
     * The profile of a cable with these ends, if NetBox has one.
     *
     * @param aConnectors connectors (terminations) on side A, ≥ 1
     * @param aPositions  positions (fibres) per A connector
     * @param bConnectors connectors on side B
     * @param bPositions  positions per B connector
     * @return the profile id, or empty (then the cable goes without a profile)
     */
    static Optional<String> of(int aConnectors, int aPositions, int bConnectors, int bPositions) {
        return SHAPES.stream().filter(s -> s.aConnectors() == aConnectors && s.aPositions() == aPositions
                && s.bConnectors() == bConnectors && s.bPositions() == bPositions).map(Shape::id).findFirst();
    }
}
