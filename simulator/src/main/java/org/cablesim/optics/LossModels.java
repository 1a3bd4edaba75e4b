package org.cablesim.optics;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.HistogramDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.TruncatedNormalDistribution;
import org.cablesim.stats.UniformDistribution;
import org.cablesim.stats.WeibullDistribution;

/**
 * Builds one-position {@link Distribution}s from plain catalog values, without knowing the catalog classes.
 *
 * <p>Rules of {@link #fromCatalog(String, double, double, Map)}:
 * <ol>
 *   <li>With explicit parameters, they define the model ({@link #fromParameters}); a finite mean or p97
 *       given alongside is then a checked statement: more than {@link #CONSISTENCY_TOLERANCE} relative
 *       away from the model's own value is rejected, so a catalog cannot say two different things.</li>
 *   <li>Without, the family is calibrated to (mean, p97) by {@link LossCalibration#fromMeanAndP97}.
 *       For {@code fixed} and {@code exponential} the p97 may be NaN (mean only).</li>
 *   <li>Empirical and histogram models carry data, not parameters: construct {@link EmpiricalDistribution}
 *       or {@link HistogramDistribution} directly.</li>
 * </ol>
 */
public final class LossModels {
    /** Largest relative gap accepted between a stated mean/p97 and the explicit parameters' own. */
    public static final double CONSISTENCY_TOLERANCE = 0.01;

    private LossModels() {
    }

    /**
     * Calibrates a family to a catalog's (mean, p97).
     *
     * @param family family id as in {@link Family#fromId}
     * @param meanDb mean loss per mated pair in dB, &gt; 0 (≥ 0 for fixed)
     * @param p97Db  97th-percentile loss in dB; NaN allowed for fixed and exponential
     * @return the model
     */
    public static Distribution fromCatalog(String family, double meanDb, double p97Db) {
        return fromCatalog(family, meanDb, p97Db, Map.of());
    }

    /**
     * Builds a model from catalog values; see the class comment for which input wins.
     *
     * @param family             family id as in {@link Family#fromId}
     * @param meanDb             mean loss in dB, or NaN when explicit parameters are given
     * @param p97Db              97th-percentile loss in dB, or NaN (see class comment)
     * @param explicitParameters parameter name → value as in {@link #fromParameters}; empty for none
     * @return the model
     */
    public static Distribution fromCatalog(String family, double meanDb, double p97Db, Map<String, Double> explicitParameters) {
        Family f = Family.fromId(family);
        if (explicitParameters != null && !explicitParameters.isEmpty()) {
            Distribution model = fromParameters(family, explicitParameters);
            checkConsistent("mean", meanDb, model.mean());
            checkConsistent("p97", p97Db, model.quantile(LossCalibration.P97));
            return model;
        }
        if (Double.isNaN(p97Db)) {
            return switch (f) {
                case FIXED -> new FixedDistribution(meanDb);
                case EXPONENTIAL -> new ExponentialDistribution(meanDb);
                default -> throw new IllegalArgumentException(f.id() + " needs a p97 (or explicit parameters)");
            };
        }
        if (f == Family.FIXED && meanDb == 0 && p97Db == 0) {
            return new FixedDistribution(0);
        }
        return LossCalibration.fromMeanAndP97(f, meanDb, p97Db);
    }

    /**
     * Builds a model from its parameters named as catalogs write them, the record components with their unit
     * (dB) in the name: fixed {@code lossDb} (the record's {@code value}); uniform {@code minDb, maxDb};
     * truncated-normal {@code muDb, sigmaDb}; lognormal {@code muLogDb, sigmaLog}; gamma {@code shape, scaleDb};
     * weibull {@code shape, scaleDb}; exponential {@code meanDb}.
     *
     * @param family     family id as in {@link Family#fromId}
     * @param parameters every required name, no other
     * @return the model
     * @throws IllegalArgumentException for a missing or unknown name, or an invalid value
     */
    public static Distribution fromParameters(String family, Map<String, Double> parameters) {
        Family f = Family.fromId(family);
        return switch (f) {
            case FIXED -> new FixedDistribution(take(f, parameters, "lossDb")[0]);
            case UNIFORM -> {
                double[] v = take(f, parameters, "minDb", "maxDb");
                yield new UniformDistribution(v[0], v[1]);
            }
            case TRUNCATED_NORMAL -> {
                double[] v = take(f, parameters, "muDb", "sigmaDb");
                yield new TruncatedNormalDistribution(v[0], v[1]);
            }
            case LOGNORMAL -> {
                double[] v = take(f, parameters, "muLogDb", "sigmaLog");
                yield new LognormalDistribution(v[0], v[1]);
            }
            case GAMMA -> {
                double[] v = take(f, parameters, "shape", "scaleDb");
                yield new GammaDistribution(v[0], v[1]);
            }
            case WEIBULL -> {
                double[] v = take(f, parameters, "shape", "scaleDb");
                yield new WeibullDistribution(v[0], v[1]);
            }
            case EXPONENTIAL -> new ExponentialDistribution(take(f, parameters, "meanDb")[0]);
            case EMPIRICAL, HISTOGRAM -> throw new IllegalArgumentException(
                    f.id() + " losses carry data: construct EmpiricalDistribution or HistogramDistribution directly");
            case RICIAN -> throw new IllegalArgumentException(
                    "rician losses are a whole-ferrule model: construct GaussianBeamMpoLoss directly");
        };
    }

    private static double[] take(Family f, Map<String, Double> parameters, String... names) {
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        double[] values = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            Double v = parameters.get(names[i]);
            if (v == null) {
                throw new IllegalArgumentException(f.id() + " needs parameter '" + names[i] + "'");
            }
            values[i] = v;
            unknown.remove(names[i]);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(f.id() + " has no parameter(s) " + unknown + "; expected " + String.join(", ", names));
        }
        return values;
    }

    private static void checkConsistent(String what, double statedDb, double modelDb) {
        if (Double.isNaN(statedDb)) {
            return;
        }
        double gap = statedDb == 0 ? Math.abs(modelDb) : Math.abs(modelDb / statedDb - 1);
        if (gap > CONSISTENCY_TOLERANCE) {
            throw new IllegalArgumentException(String.format(
                    "stated %s %.6g dB disagrees with the explicit parameters' %.6g dB by more than %.0f%%",
                    what, statedDb, modelDb, 100 * CONSISTENCY_TOLERANCE));
        }
    }
}
