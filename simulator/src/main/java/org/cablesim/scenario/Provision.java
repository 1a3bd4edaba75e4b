package org.cablesim.scenario;

/** When a growing cluster's passive plant (trunks, panels) of one tier is installed. */
public enum Provision {
    /** Each phase installs the trunks and panels it needs; moved links may need new trunks. */
    PER_PHASE("per-phase"),
    /**
     * Day one installs every trunk and panel the last phase needs (dark until used); an expansion only adds
     * cords and optics and re-patches.
     */
    FINAL_SIZE("final-size");

    private final String fileName;

    Provision(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in scenario files. */
    public String fileName() {
        return fileName;
    }
}
