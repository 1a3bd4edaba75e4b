package org.cablesim.certification;

import org.cablesim.catalog.LossClass;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.optics.LossCalibration;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.stats.Checks;
import org.cablesim.stats.GammaDistribution;

/**
 * The prior of one loss class in the as-built update: per-connection loss Gamma(shape k, mean μ), with
 * log μ ~ N(log μ₀, sdLogMean²) and log k ~ N(log k₀, sdLogShape²) independent, centred on the catalog class
 * (μ₀, k₀: its gamma model, or a gamma with its mean and upper percentile when the class has another family).
 *
 * @param classId    catalog loss-class id
 * @param meanDb     μ₀, dB, &gt; 0
 * @param shape      k₀, &gt; 0
 * @param sdLogMean  prior standard deviation of log μ, &gt; 0
 * @param sdLogShape prior standard deviation of log k, &gt; 0
 */
public record GammaPrior(String classId, double meanDb, double shape, double sdLogMean, double sdLogShape) {
    /** Default prior spread of log μ: a factor e^0.5 ≈ 1.65 is one standard deviation [assume]. */
    public static final double SD_LOG_MEAN = 0.5;
    /** Default prior spread of log k: a factor e^0.75 ≈ 2.1 is one standard deviation [assume]. */
    public static final double SD_LOG_SHAPE = 0.75;

    public GammaPrior {
        Checks.positive("meanDb", meanDb);
        Checks.positive("shape", shape);
        Checks.positive("sdLogMean", sdLogMean);
        Checks.positive("sdLogShape", sdLogShape);
    }

    /**
     * The prior centred on a catalog class.
     *
     * @param lossClass  the class
     * @param model      the loss model the plant resolved it to
     * @param sdLogMean  prior spread of log μ
     * @param sdLogShape prior spread of log k
     */
    public static GammaPrior of(LossClass lossClass, MatedPairLossModel model, double sdLogMean, double sdLogShape) {
        GammaDistribution g = model instanceof IndependentPositions ip && ip.perPosition() instanceof GammaDistribution
                gd ? gd : LossCalibration.gamma(lossClass.meanDb(), lossClass.maxPercentile() / 100,
                        lossClass.maxDb());
        return new GammaPrior(lossClass.id(), g.shape() * g.scale(), g.shape(), sdLogMean, sdLogShape);
    }
}
