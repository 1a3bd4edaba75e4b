package org.cablesim.scenario;

/** Where leaf switches stand relative to the compute racks they serve. */
public enum LeafPlacement {
    END_OF_ROW("end-of-row"),
    MIDDLE_OF_ROW("middle-of-row");

    private final String fileName;

    LeafPlacement(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in scenario files. */
    public String fileName() {
        return fileName;
    }
}
