package org.cablesim.scenario;

import java.util.List;

/** How a tier's links are cabled between the two transceivers' MDIs (or, for copper, between the two ports). */
public enum Architecture {
    /** One assembly from transceiver to transceiver: no mated pair between the MDIs. */
    DIRECT("direct"),
    /** Cord → panel adapter → trunk → panel adapter → cord: 2 mated pairs between the MDIs. */
    INTERCONNECT("interconnect"),
    /** Two panels at each end, joined by a jumper: cord, adapter, jumper, adapter, trunk, …: 4 mated pairs. */
    CROSS_CONNECT("cross-connect"),
    /** A copper cable with built-in ends (DAC, ACC, AEC) from NIC to switch port: no optics, no fibre, no MDI. */
    COPPER("copper");

    private final String fileName;

    Architecture(String fileName) {
        this.fileName = fileName;
    }

    /** The architectures that cable optical channels (all but copper). */
    public static List<Architecture> optical() {
        return List.of(DIRECT, INTERCONNECT, CROSS_CONNECT);
    }

    /** The spelling used in scenario files. */
    public String fileName() {
        return fileName;
    }
}
