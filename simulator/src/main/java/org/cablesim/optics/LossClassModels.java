package org.cablesim.optics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.LossClass;
import org.cablesim.stats.Distribution;

/**
 * Turns a catalog loss class into the mated-pair loss model the loss engine draws from.
 *
 * <ul>
 *   <li>{@code gamma}, {@code lognormal}, {@code weibull}, {@code exponential}: one-position models
 *       ({@link LossModels}) applied independently at every fibre position ({@link IndependentPositions}).
 *       With {@code parameters} they define the model; catalog spellings {@code scale} (gamma, Weibull),
 *       {@code muLog} (lognormal) and {@code mean} (exponential) are read as {@code scaleDb}, {@code muLogDb},
 *       {@code meanDb}. The stated mean and {@code maxDb} at {@code maxPercentile} must then agree with the
 *       parameters within 1 %. Without parameters the family is calibrated to (meanDb, maxDb at maxPercentile).</li>
 *   <li>{@code rician}: the Gaussian-beam MT-ferrule physics model ({@link GaussianBeamMpoLoss}), lanes of
 *       one pair correlated. Parameters are the model's component names (e.g. {@code ferruleOffsetSdUm},
 *       {@code ferruleOffsetMeanUm}, {@code rotationSdRad}); the rest default to
 *       {@link GaussianBeamMpoLoss#singleMode1310()} with the fibre's MFD and wavelength. Without parameters,
 *       a common ferrule offset is fitted to (meanDb, maxDb at maxPercentile) by {@link RicianCalibration}.
 *       Single-mode fibre only.</li>
 *   <li>{@code empirical}, {@code histogram}: the class's measurements (e.g. per-fibre losses from factory test
 *       reports), drawn independently at every fibre position.</li>
 * </ul>
 */
public final class LossClassModels {
    private static final Map<String, String> ALIASES = Map.of("scale", "scaleDb", "muLog", "muLogDb", "mean", "meanDb");

    private LossClassModels() {
    }

    /**
     * @param lossClass the catalog class
     * @param fibre     the fibre the mated pair joins (MFD and wavelength for the physics model)
     * @return the model
     * @throws IllegalArgumentException when the class cannot be modelled, with the class id in the message
     */
    public static MatedPairLossModel of(LossClass lossClass, FibreType fibre) {
        try {
            return switch (lossClass.family()) {
                case RICIAN -> rician(lossClass, fibre);
                case GAMMA, LOGNORMAL, WEIBULL, EXPONENTIAL -> new IndependentPositions(onePosition(lossClass));
                case EMPIRICAL, HISTOGRAM -> new IndependentPositions(lossClass.measured().orElseThrow());
                default -> throw new IllegalArgumentException("a loss class cannot be " + lossClass.family().id());
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("loss class " + lossClass.id() + ": " + e.getMessage(), e);
        }
    }

    private static Distribution onePosition(LossClass c) {
        double p = c.maxPercentile() / 100;
        if (c.parameters().isEmpty()) {
            return LossCalibration.fromMeanAndQuantile(c.family(), c.meanDb(), p, c.maxDb());
        }
        Map<String, Double> named = new LinkedHashMap<>();
        c.parameters().forEach((name, value) -> named.put(ALIASES.getOrDefault(name, name), value));
        Distribution model = LossModels.fromCatalog(c.family().id(), c.meanDb(), Double.NaN, named);
        double stated = c.maxDb();
        double own = model.quantile(p);
        if (Math.abs(own / stated - 1) > LossModels.CONSISTENCY_TOLERANCE) {
            throw new IllegalArgumentException(String.format(
                    "maxDb %.6g at the %s-th percentile disagrees with the parameters' %.6g dB by more than %.0f%%",
                    stated, c.maxPercentile(), own, 100 * LossModels.CONSISTENCY_TOLERANCE));
        }
        return model;
    }

    private static GaussianBeamMpoLoss rician(LossClass c, FibreType fibre) {
        if (fibre.modeFieldDiameterUm().isEmpty()) {
            throw new IllegalArgumentException("the rician (Gaussian-beam) model needs single-mode fibre, not " + fibre.id());
        }
        double mfd = fibre.modeFieldDiameterUm().getAsDouble();
        double wavelength = fibre.wavelengthNm();
        if (c.parameters().isEmpty()) {
            return RicianCalibration.fit(c.meanDb(), c.maxPercentile() / 100, c.maxDb(), wavelength, mfd);
        }
        GaussianBeamMpoLoss d = GaussianBeamMpoLoss.singleMode1310();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("wavelengthNm", wavelength);
        v.put("mfd1Um", mfd);
        v.put("mfd2Um", mfd);
        v.put("mfdSdUm", d.mfdSdUm());
        v.put("refractiveIndex", d.refractiveIndex());
        v.put("ferruleOffsetSdUm", d.ferruleOffsetSdUm());
        v.put("ferruleOffsetMeanUm", d.ferruleOffsetMeanUm());
        v.put("rotationSdRad", d.rotationSdRad());
        v.put("holeErrorSdUm", d.holeErrorSdUm());
        v.put("tiltSdRad", d.tiltSdRad());
        v.put("fibrePitchUm", d.fibrePitchUm());
        for (Map.Entry<String, Double> e : c.parameters().entrySet()) {
            if (!v.containsKey(e.getKey())) {
                throw new IllegalArgumentException("rician has no parameter '" + e.getKey() + "'; known: " + v.keySet());
            }
            v.put(e.getKey(), e.getValue());
        }
        return new GaussianBeamMpoLoss(v.get("wavelengthNm"), v.get("mfd1Um"), v.get("mfd2Um"), v.get("mfdSdUm"),
                v.get("refractiveIndex"), v.get("ferruleOffsetSdUm"), v.get("ferruleOffsetMeanUm"),
                v.get("rotationSdRad"), v.get("holeErrorSdUm"), v.get("tiltSdRad"), v.get("fibrePitchUm"));
    }
}
