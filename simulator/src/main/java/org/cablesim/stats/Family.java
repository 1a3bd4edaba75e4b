package org.cablesim.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The distribution families, with the ids used in catalog, scenario and result files. Every family but
 * {@link #RICIAN} has one {@link Distribution} record; a Rician family is the loss of a mated pair whose ferrule
 * offset is Rician (a systematic plus a random part) through the Gaussian-beam model, a whole-ferrule model with
 * no one-position record.
 */
public enum Family {
    FIXED("fixed"),
    UNIFORM("uniform"),
    EXPONENTIAL("exponential"),
    WEIBULL("weibull"),
    LOGNORMAL("lognormal"),
    GAMMA("gamma"),
    TRUNCATED_NORMAL("truncated-normal"),
    EMPIRICAL("empirical"),
    HISTOGRAM("histogram"),
    RICIAN("rician");

    private final String id;

    Family(String id) {
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
     * @param text the id as written in a file
     * @return the family
     * @throws IllegalArgumentException if no family has that id
     */
    public static Family fromId(String text) {
        if (text == null) {
            throw new IllegalArgumentException("distribution family id is null");
        }
        String norm = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (norm.equals("log-normal")) {
            norm = "lognormal";
        }
        for (Family f : values()) {
            if (f.id.equals(norm)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown distribution family '" + text + "'; known: "
                + Arrays.stream(values()).map(Family::id).collect(Collectors.joining(", ")));
    }
}
