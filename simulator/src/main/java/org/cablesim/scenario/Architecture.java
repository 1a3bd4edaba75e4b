package org.cablesim.scenario;

/** How a tier's links are cabled between the two transceivers' MDIs. */
public enum Architecture {
    /** One assembly from transceiver to transceiver: no mated pair between the MDIs. */
    DIRECT("direct"),
    /** Cord → panel adapter → trunk → panel adapter → cord: 2 mated pairs between the MDIs. */
    INTERCONNECT("interconnect"),
    /** Two panels at each end, joined by a jumper: cord, adapter, jumper, adapter, trunk, …: 4 mated pairs. */
    CROSS_CONNECT("cross-connect");

    private final String fileName;

    Architecture(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in scenario files. */
    public String fileName() {
        return fileName;
    }
}
