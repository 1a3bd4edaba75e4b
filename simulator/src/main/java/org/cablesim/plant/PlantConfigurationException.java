package org.cablesim.plant;

/**
 * A plan's cabling choices for one tier cannot be built at all (e.g. a Type-C cable on a connector with an odd
 * number of positions per row, or a catalog without the stock lengths the plant needs). Problems that can be built
 * but do not work (wrong polarity, gender, key, polish, reach) are reported as {@link PlantViolation}s instead.
 */
public final class PlantConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String tierName;
    private final String field;

    /**
     * @param tierName the fabric tier whose cabling is impossible
     * @param message  what is impossible, for a person
     */
    public PlantConfigurationException(String tierName, String message) {
        this(tierName, "", message);
    }

    /**
     * @param tierName the fabric tier whose cabling is impossible
     * @param field    the tier field that cannot be built, e.g. {@code harness}; empty for the tier as a whole
     * @param message  what is impossible, for a person
     */
    public PlantConfigurationException(String tierName, String field, String message) {
        super(message);
        this.tierName = tierName;
        this.field = field == null ? "" : field;
    }

    /** The tier whose cabling is impossible. */
    public String tierName() {
        return tierName;
    }

    /** The tier field at fault ({@code pmd}, {@code lowerPmd}, {@code harness}, …), empty when none in particular. */
    public String field() {
        return field;
    }
}
