package org.cablesim.optics;

import java.util.Locale;

/** The loss-distribution families, with the ids used in catalog files and result files. */
public enum LossFamily {
    FIXED("fixed"),
    TRUNCATED_NORMAL("truncated-normal"),
    LOGNORMAL("lognormal"),
    GAMMA("gamma"),
    WEIBULL("weibull"),
    EXPONENTIAL("exponential"),
    EMPIRICAL("empirical"),
    HISTOGRAM("histogram");

    private final String id;

    LossFamily(String id) {
        this.id = id;
    }

    /** @return the lower-case, hyphenated id, e.g. {@code truncated-normal} */
    public String id() {
        return id;
    }

    /**
     * Parses a family id, ignoring case and treating {@code _} and spaces as {@code -}
     * ({@code log-normal} is accepted for {@code lognormal}).
     *
     * @param text the id as written in a catalog
     * @return the family
     * @throws IllegalArgumentException if no family has that id
     */
    public static LossFamily fromId(String text) {
        if (text == null) {
            throw new IllegalArgumentException("loss family id is null");
        }
        String norm = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (norm.equals("log-normal")) {
            norm = "lognormal";
        }
        for (LossFamily f : values()) {
            if (f.id.equals(norm)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown loss family '" + text + "'; known: fixed, truncated-normal, "
                + "lognormal, gamma, weibull, exponential, empirical, histogram");
    }
}
