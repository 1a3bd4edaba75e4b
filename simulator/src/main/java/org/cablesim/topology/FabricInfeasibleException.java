package org.cablesim.topology;

import java.util.Objects;

/**
 * The scenario asks for a fabric that cannot be built; {@link #getMessage()} says why in network terms and
 * {@link #path()} names the scenario field to change.
 */
public class FabricInfeasibleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path   scenario field path to blame, e.g. {@code fabric.switchRadix}, {@code fabric.tiers}
     * @param reason why the fabric cannot be built, in words a network architect understands
     */
    public FabricInfeasibleException(String path, String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The scenario field path to blame, e.g. {@code fabric.tiers}. */
    public String path() {
        return path;
    }
}
