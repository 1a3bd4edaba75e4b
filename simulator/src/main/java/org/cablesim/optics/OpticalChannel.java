package org.cablesim.optics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The optical view of one routed channel: its lanes, its mated pairs in order with the position each lane
 * occupies in each, its fibre length and fixed losses, its budget and its PMD's reflectance rule. The plant builds
 * it once per channel; the loss engine and the lifecycle simulation both read it.
 *
 * @param linkId                  the link's id, non-empty
 * @param tier                    its tier, non-empty
 * @param lanes                   lanes that must meet the budget, &ge; 1
 * @param connections             mated pairs in channel order
 * @param lengthM                 fibre length in metres, finite, &ge; 0
 * @param attenuationDbPerKm      fibre attenuation, dB/km, finite, &ge; 0
 * @param otherFixedLossDbPerLane splices, cassette internals etc. per lane in dB, one per lane
 * @param budgetDb                channel budget in dB, &gt; 0
 * @param rule                    reflectance rule of the PMD
 */
public record OpticalChannel(String linkId, String tier, int lanes, List<OpticalConnection> connections, double lengthM,
                          double attenuationDbPerKm, double[] otherFixedLossDbPerLane, double budgetDb, ReflectanceRule rule) {
    public OpticalChannel {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(rule, "rule");
        connections = List.copyOf(connections);
        if (linkId.isEmpty() || tier.isEmpty() || lanes < 1) {
            throw new IllegalArgumentException("linkId/tier must be non-empty and lanes >= 1: " + linkId);
        }
        if (!(lengthM >= 0 && lengthM < Double.POSITIVE_INFINITY) || !(attenuationDbPerKm >= 0 && attenuationDbPerKm < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(linkId + ": length and attenuation must be finite and >= 0");
        }
        if (otherFixedLossDbPerLane == null || otherFixedLossDbPerLane.length != lanes) {
            throw new IllegalArgumentException(linkId + ": otherFixedLossDbPerLane needs " + lanes + " entries");
        }
        otherFixedLossDbPerLane = otherFixedLossDbPerLane.clone();
        for (OpticalConnection c : connections) {
            if (c.positionOfLane().length != lanes) {
                throw new IllegalArgumentException(linkId + ": connection " + c.elementType() + " does not map " + lanes + " lanes");
            }
        }
    }

    /** @return a copy of the other fixed losses per lane */
    @Override
    public double[] otherFixedLossDbPerLane() {
        return otherFixedLossDbPerLane.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpticalChannel l && linkId.equals(l.linkId) && tier.equals(l.tier) && lanes == l.lanes
                && connections.equals(l.connections) && Double.compare(lengthM, l.lengthM) == 0
                && Double.compare(attenuationDbPerKm, l.attenuationDbPerKm) == 0
                && Arrays.equals(otherFixedLossDbPerLane, l.otherFixedLossDbPerLane)
                && Double.compare(budgetDb, l.budgetDb) == 0 && rule.equals(l.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(linkId, tier, lanes, connections, lengthM, attenuationDbPerKm,
                Arrays.hashCode(otherFixedLossDbPerLane), budgetDb, rule);
    }
}
