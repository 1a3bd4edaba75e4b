package org.cablesim.cli;

/** Process exit codes of the cablesim command line (documented in the README). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Internal error: a bug or an environment failure (disk full, …). */
    public static final int INTERNAL_ERROR = 1;
    /** Bad input: scenario, catalog or command-line argument; nothing was written. */
    public static final int BAD_INPUT = 2;
    /**
     * The run finished and wrote its results, but a plan has design-check violations (links broken by design);
     * {@code --allow-violations} turns this into 0.
     */
    public static final int PLAN_VIOLATIONS = 3;

    private ExitCodes() {
    }
}
