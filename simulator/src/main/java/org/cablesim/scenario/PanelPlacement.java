package org.cablesim.scenario;

/** Where a switch end's patch panels stand; server ends always have their panel in the server rack. */
public enum PanelPlacement {
    /** In the switch's own rack. */
    IN_RACK("in-rack"),
    /** In a dedicated patching rack at the end of the switch's row. */
    NETWORK_RACK("network-rack");

    private final String fileName;

    PanelPlacement(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in scenario files. */
    public String fileName() {
        return fileName;
    }
}
