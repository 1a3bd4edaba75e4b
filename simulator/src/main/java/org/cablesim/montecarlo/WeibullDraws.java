package org.cablesim.montecarlo;

import org.cablesim.stats.WeibullDistribution;

/**
 * Weibull losses by inversion, as {@link WeibullDistribution#sampler} draws them: value j of a block is
 * x = λ·(−ln(1 − u))^(1/k) for u = b·2⁻⁵³, b the top 53 bits of the stream's j-th draw, so the values are those
 * of the sampler draw for draw. x grows with b, so a trial that only decides keeps the raw draws and computes ln
 * and the power only for lanes whose bounds do not settle it ({@link BoundedDraws}).
 */
final class WeibullDraws extends BoundedDraws {
    private final double scale;
    private final double inverseShape;
    /** The generator's draws of the last batch, one per value. */
    private final long[] words;

    WeibullDraws(WeibullDistribution weibull, int lanes) {
        super(lanes);
        this.scale = weibull.scale();
        this.inverseShape = 1 / weibull.shape();
        this.words = new long[ChannelTrials.BATCH * lanes];
        bound();
    }

    @Override
    double lossOfBits(long b) {
        // the sampler's own expression on its own uniform, so the values agree bit for bit
        return scale * Math.pow(-Math.log(1 - b * 0x1.0p-53), inverseShape);
    }

    @Override
    void draw(int n) {
        rng.nextLongs(words, 0, n * lanes);
    }

    @Override
    void draw(int n, long passBits, long[] above) {
        draw(n);
        for (int t = 0, i = 0; t < n; t++) {
            long mask = 0;
            for (int l = 0; l < lanes; l++, i++) {
                mask |= (words[i] >>> 11) > passBits ? 1L << l : 0;
            }
            above[t] |= mask;
        }
    }

    @Override
    double loss(int i) {
        return lossOfBits(words[i] >>> 11);
    }

    @Override
    int bucket(int i) {
        return (int) (words[i] >>> (64 - BUCKET_BITS));
    }

    @Override
    long passBits(double capDb) {
        double cap = capDb * (1 - 1e-9);
        return largestBits(b -> lossOfBits(b) <= cap);
    }
}
