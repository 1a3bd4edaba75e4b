package org.cablesim.scenario;

/** What happens to patch panels that do not fit in the rack where the plan puts them. */
public enum PanelOverflow {
    /**
     * They go to the row's overflow patching rack, the next free position after the row's last rack; a further one
     * is added beside it when it is full (TIA-942's dedicated patching racks beside the equipment they serve).
     */
    PATCH_RACK("patch-rack"),
    /** They stay where the plan puts them, above the rack's top RU, and the rack is a {@code rack-space} violation. */
    VIOLATION("violation");

    private final String fileName;

    PanelOverflow(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in scenario files. */
    public String fileName() {
        return fileName;
    }
}
