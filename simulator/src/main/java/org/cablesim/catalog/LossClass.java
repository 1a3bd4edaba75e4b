package org.cablesim.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Family;

/**
 * A population of random-mated connections (or splices) described by its mean loss and one upper percentile;
 * a vendor "max" is measured against a reference plug, so it is modelled as a high percentile, not a cap.
 *
 * @param id             catalog id, e.g. {@code grade-C}
 * @param meanDb         mean insertion loss, dB, ≥ 0
 * @param maxDb          loss at percentile {@code maxPercentile}, dB, &gt; meanDb
 * @param maxPercentile  which percentile maxDb is, in (50, 100) (default 97)
 * @param family         distribution family the loss engine models the class with, one of {@link #FAMILIES}
 * @param parameters     family parameters by name (e.g. gamma {@code shape}, {@code scale} in dB), finite; empty
 *                       when the loss engine is to calibrate the family to (meanDb, maxDb)
 * @param source         provenance note; non-blank
 */
public record LossClass(
        String id,
        double meanDb,
        double maxDb,
        double maxPercentile,
        Family family,
        Map<String, Double> parameters,
        String source) {

    /** The percentile a vendor maximum is modelled as when a file does not say. */
    public static final double DEFAULT_MAX_PERCENTILE = 97.0;

    /**
     * The families a loss class may name (DOMAIN §2: the shape is a modelling choice): the loss engine calibrates
     * them to (mean, upper percentile) when no parameters are given; {@link Family#RICIAN} is the Gaussian-beam
     * ferrule model.
     */
    public static final List<Family> FAMILIES = List.of(Family.GAMMA, Family.LOGNORMAL, Family.WEIBULL,
            Family.EXPONENTIAL, Family.RICIAN);

    public LossClass {
        Sources.requireId("loss class", id);
        if (!(Checks.finite("meanDb", meanDb) >= 0)) {
            throw new IllegalArgumentException("meanDb must be >= 0, was " + meanDb);
        }
        if (!(Checks.finite("maxDb", maxDb) > meanDb)) {
            throw new IllegalArgumentException("maxDb must be > meanDb (" + meanDb + "), was " + maxDb);
        }
        if (!(maxPercentile > 50 && maxPercentile < 100)) {
            throw new IllegalArgumentException("maxPercentile must be in (50, 100), was " + maxPercentile);
        }
        if (family == null) {
            throw new IllegalArgumentException("family must be set");
        }
        if (!FAMILIES.contains(family)) {
            throw new IllegalArgumentException("family must be one of " + FAMILIES + ", was " + family);
        }
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        parameters.forEach((name, value) -> {
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("parameter name must be alphanumeric, was " + name);
            }
            Checks.finite("parameter " + name, value);
        });
        source = Sources.requireSource("loss class", id, source);
    }
}
