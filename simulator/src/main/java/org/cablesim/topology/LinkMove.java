package org.cablesim.topology;

import java.util.Objects;

/**
 * A link a growth phase moves: its lower end stays, its upper end goes to another device (in a Clos, adding
 * spines re-stripes every leaf's uplinks over the larger spine set).
 *
 * @param linkId      the link's id, kept across the move
 * @param tierName    its tier
 * @param lowerDevice the device whose port stays
 * @param lowerPort   that port, from 1
 * @param fromDevice  the upper device before the phase
 * @param fromPort    its port before the phase, from 1
 * @param toDevice    the upper device after the phase
 * @param toPort      its port after the phase, from 1
 */
public record LinkMove(String linkId, String tierName, String lowerDevice, int lowerPort, String fromDevice,
        int fromPort, String toDevice, int toPort) {
    public LinkMove {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(tierName, "tierName");
        Objects.requireNonNull(lowerDevice, "lowerDevice");
        Objects.requireNonNull(fromDevice, "fromDevice");
        Objects.requireNonNull(toDevice, "toDevice");
        if (lowerPort < 1 || fromPort < 1 || toPort < 1) {
            throw new IllegalArgumentException("ports are numbered from 1 on moved link " + linkId);
        }
    }
}
