package org.cablesim.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.HistogramDistribution;

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
 * @param measured       for {@code empirical} and {@code histogram} classes, the measured per-fibre losses (e.g.
 *                       from factory test reports) as an {@link EmpiricalDistribution} or {@link HistogramDistribution};
 *                       meanDb and maxDb are then its mean and its maxPercentile-th percentile; empty otherwise
 * @param plausibleFamilies other families equally plausible for this class because no public data fixes its shape
 *                       (each calibrated to the same meanDb and maxDb); the study checks whether its recommendation
 *                       holds under each. Empty for classes whose shape is known or measured
 * @param source         provenance note; non-blank
 */
public record LossClass(
        String id,
        double meanDb,
        double maxDb,
        double maxPercentile,
        Family family,
        Map<String, Double> parameters,
        Optional<Distribution> measured,
        List<Family> plausibleFamilies,
        String source) {

    /** The percentile a vendor maximum is modelled as when a file does not say. */
    public static final double DEFAULT_MAX_PERCENTILE = 97.0;

    /**
     * The families a loss class may name (IEC 61755-1 and vendor data: the shape is a modelling choice): the loss engine calibrates
     * them to (mean, upper percentile) when no parameters are given; {@link Family#RICIAN} is the Gaussian-beam
     * ferrule model.
     */
    public static final List<Family> FAMILIES = List.of(Family.GAMMA, Family.LOGNORMAL, Family.WEIBULL,
            Family.EXPONENTIAL, Family.RICIAN, Family.EMPIRICAL, Family.HISTOGRAM);

    /** The families that calibrate to (mean, percentile): the shapes a class may list as plausible. */
    public static final List<Family> CALIBRATED = List.of(Family.GAMMA, Family.LOGNORMAL, Family.WEIBULL,
            Family.EXPONENTIAL, Family.RICIAN);

    /** A parametric class (no measurements, no alternative shapes). */
    public LossClass(String id, double meanDb, double maxDb, double maxPercentile, Family family,
            Map<String, Double> parameters, String source) {
        this(id, meanDb, maxDb, maxPercentile, family, parameters, Optional.empty(), List.of(), source);
    }

    /**
     * A class of measured losses: its mean and its {@code maxPercentile}-th percentile come from the data.
     *
     * @param id            catalog id
     * @param measured      the measurements, an {@link EmpiricalDistribution} or a {@link HistogramDistribution}
     * @param maxPercentile which percentile maxDb is, in (50, 100)
     * @param source        provenance note, naming the test reports
     */
    public static LossClass measured(String id, Distribution measured, double maxPercentile, String source) {
        Objects.requireNonNull(measured, "measured");
        return new LossClass(id, measured.mean(), measured.quantile(maxPercentile / 100), maxPercentile,
                measured.family(), Map.of(), Optional.of(measured), List.of(), source);
    }

    /** The same class with another shape calibrated to the same mean and maxDb (for robustness checks). */
    public LossClass withFamily(Family other) {
        return new LossClass(id, meanDb, maxDb, maxPercentile, other, Map.of(), Optional.empty(), List.of(),
                source);
    }

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
        Objects.requireNonNull(measured, "measured");
        boolean needsData = family == Family.EMPIRICAL || family == Family.HISTOGRAM;
        if (needsData != measured.isPresent() || measured.isPresent() && measured.get().family() != family) {
            throw new IllegalArgumentException(needsData ? "an " + family.id() + " class needs its measurements"
                    : "only empirical and histogram classes hold measurements");
        }
        plausibleFamilies = List.copyOf(plausibleFamilies);
        for (Family f : plausibleFamilies) {
            if (!CALIBRATED.contains(f) || f == family) {
                throw new IllegalArgumentException("plausibleFamilies lists families other than " + family.id()
                        + " that calibrate to (meanDb, maxDb): " + CALIBRATED + ", was " + f);
            }
        }
        if (needsData && !plausibleFamilies.isEmpty()) {
            throw new IllegalArgumentException("a measured class has a known shape: no plausibleFamilies");
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
