package org.cablesim.scenario;

/**
 * One thing wrong with an input file, located by a dotted path with {@code [i]} list indices
 * (e.g. {@code fabric.tiers[1].pmd}), or {@code (file)} for the file as a whole.
 *
 * @param path    where the problem is
 * @param message what is wrong, for a person
 */
public record Problem(String path, String message) {
    /** The path used for problems with the file as a whole (unreadable, malformed, wrong format). */
    public static final String FILE = "(file)";

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
