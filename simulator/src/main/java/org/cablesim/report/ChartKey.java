package org.cablesim.report;

/**
 * One legend entry: a series or category name and its colour.
 *
 * @param name   shown in the legend (escaped when written)
 * @param colour CSS hex colour, {@code #rgb} or {@code #rrggbb}
 */
public record ChartKey(String name, String colour) {
    /** Validates the colour, which ends up in attributes. */
    public ChartKey {
        name = name == null ? "" : name;
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?")) {
            throw new IllegalArgumentException("colour must be #rgb or #rrggbb: " + colour);
        }
    }
}
