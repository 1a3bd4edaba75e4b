package org.cablesim.montecarlo;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;

/**
 * Exact installation failure probability where the channel allows it: every mated pair has independent
 * positions with a gamma (exponential = gamma of shape 1) or fixed loss, all gamma losses sharing one
 * scale θ. Lanes occupy distinct positions, so they are independent; each lane's random part is
 * Gamma(Σk, θ), and P(lane fails) = Q(Σk, (budget − fixed − constants)/θ) is the regularized upper
 * incomplete gamma function (the tests check it against an independent gamma-sum reference).
 * P(link fails) = 1 − Π(1 − p_lane), computed as −expm1(Σ log1p(−p_lane)).
 */
public final class ExactLinkLoss {
    /** Largest relative difference between gamma scales still treated as one common scale. */
    public static final double SCALE_TOLERANCE = 1e-12;

    private ExactLinkLoss() {
    }

    /**
     * @param linkClass the class
     * @return the exact P(link fails at installation), or empty when the channel is not of the exact kind
     */
    public static OptionalDouble failProbability(LinkClass linkClass) {
        Optional<GammaSum> sum = gammaSum(linkClass.matedPairs().stream().map(MatedPairSlot::model).toList());
        if (sum.isEmpty()) {
            return OptionalDouble.empty();
        }
        double shapeSum = sum.get().shape();
        double scale = sum.get().scaleDb();
        double constant = sum.get().constantDb();
        if (!linkClass.reflectanceCompliant()) {
            return OptionalDouble.of(1);
        }
        double logPass = 0;
        for (int lane = 0; lane < linkClass.lanes(); lane++) {
            double slack = linkClass.budgetDb() - linkClass.fixedLossDb(lane) - constant;
            double pLane;
            if (shapeSum == 0) {
                pLane = slack < 0 ? 1 : 0;
            } else {
                pLane = org.apache.commons.statistics.distribution.GammaDistribution.of(shapeSum, scale).survivalProbability(slack);
            }
            if (pLane >= 1) {
                return OptionalDouble.of(1);
            }
            logPass += Math.log1p(-pLane);
        }
        return OptionalDouble.of(-Math.expm1(logPass));
    }

    /**
     * The random part of one lane's loss over these mated pairs when it has the exact form: Gamma(shape, scale)
     * plus a constant (fixed-loss pairs).
     *
     * @param shape      summed gamma shape, ≥ 0 (0 when every pair is fixed)
     * @param scaleDb    the common gamma scale, dB (NaN when shape is 0)
     * @param constantDb summed fixed losses, dB
     */
    public record GammaSum(double shape, double scaleDb, double constantDb) {
    }

    /**
     * Whether a lane's loss over these mated pairs is exactly a gamma (plus a constant): every pair has independent
     * positions with a gamma, exponential or fixed loss, the gamma ones sharing one scale.
     *
     * @param models the mated pairs' loss models, in any order
     * @return the gamma sum, or empty when the lane's loss has no such closed form
     */
    public static Optional<GammaSum> gammaSum(List<MatedPairLossModel> models) {
        double shapeSum = 0;
        double scale = Double.NaN;
        double constant = 0;
        for (MatedPairLossModel model : models) {
            if (!(model instanceof IndependentPositions ip)) {
                return Optional.empty();
            }
            Distribution m = ip.perPosition();
            double k;
            double theta;
            if (m instanceof FixedDistribution f) {
                constant += f.value();
                continue;
            } else if (m instanceof GammaDistribution g) {
                k = g.shape();
                theta = g.scale();
            } else if (m instanceof ExponentialDistribution e) {
                k = 1;
                theta = e.mean();
            } else {
                return Optional.empty();
            }
            if (Double.isNaN(scale)) {
                scale = theta;
            } else if (Math.abs(theta / scale - 1) > SCALE_TOLERANCE) {
                return Optional.empty();
            }
            shapeSum += k;
        }
        return Optional.of(new GammaSum(shapeSum, scale, constant));
    }
}
