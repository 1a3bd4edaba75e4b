package org.cablesim.montecarlo;

import org.cablesim.random.StreamKey;
import org.cablesim.stats.LognormalDistribution;

/**
 * Lognormal losses by inversion: the j-th value of a block is x = exp(μ + σ·Φ⁻¹(u)) for a 53-bit uniform
 * u = (b + ½)·2⁻⁵³ ({@link NormalQuantile}, exact to double precision). Because x grows with b, a trial that only
 * needs to know whether a lane passes compares b with a threshold ({@link #passBits}) and skips Φ⁻¹ and exp for
 * lanes that provably pass.
 *
 * <p>The 16 high bits of b come from the pair's stream, four values per 64-bit draw; its 37 low bits are value j
 * of the stream's counter-based sequence ({@link StreamKey#counterValue}), read only when the high bits do not
 * settle the comparison (1 value in ~500 at the reference workload) or the value itself is needed. Every b is thus
 * an exact 53-bit uniform, at a quarter of a generator step per value for the trials that only decide.
 */
final class LognormalDraws extends BoundedDraws {
    private static final int LOW_BITS = 37;
    private static final long HALF = 1L << 52;

    private final double mu;
    private final double sigma;
    /**
     * The generator's draws of the last batch: four values' high bits each, the first value's highest; words[0]
     * holds the values from index 4·{@link #firstWord} on.
     */
    private final long[] words;
    /** Index in the block of the last batch's first value. */
    private long first;
    /** Index in the block of the generator draw in {@code words[0]}. */
    private long firstWord;
    /** Index in the block of the next value drawn. */
    private long next;
    private long counterKey;

    LognormalDraws(LognormalDistribution lognormal, int lanes) {
        super(lanes);
        this.mu = lognormal.muLog();
        this.sigma = lognormal.sigmaLog();
        this.words = new long[ChannelTrials.BATCH * lanes / 4 + 2];
        bound();
    }

    @Override
    double lossOfBits(long b) {
        return Math.exp(mu + sigma * gaussian(b));
    }

    @Override
    void startBlock(StreamKey key, long block) {
        super.startBlock(key, block);
        counterKey = key.counterKey(block);
        first = 0;
        firstWord = 0;
        next = 0;
    }

    /** Draws {@code n} trials: the generator draws holding their values' high bits. */
    @Override
    void draw(int n) {
        int count = n * lanes;
        // a batch may start inside the last batch's final draw: keep that draw, then take the rest
        int kept = 0;
        if ((next & 3) != 0) {
            words[0] = words[(int) ((next >> 2) - firstWord)];
            kept = 1;
        }
        long lastWord = (next + count - 1) >> 2;
        rng.nextLongs(words, kept, (int) (lastWord - (next >> 2)) + 1);
        firstWord = next >> 2;
        first = next;
        next += count;
    }

    @Override
    void draw(int n, long passBits, long[] above) {
        draw(n);
        long limitHigh = passBits >> LOW_BITS;
        int count = n * lanes;
        int offset = (int) (first & 3);
        int drawn = (offset + count + 3) >> 2;
        // h >= limitHigh is a carry out of 16 bits when adding 2^16 − limitHigh; with the four 16-bit values of a
        // draw spread over two words, two in each, one addition per word tests two values
        long add = limitHigh < 0 ? 0x0001_0000_0001_0000L : (0x1_0000L - limitHigh) * 0x0000_0001_0000_0001L;
        for (int w = 0; w < drawn; w++) {
            long word = words[w];
            long carries = ((word & 0x0000_FFFF_0000_FFFFL) + add) | (((word >>> 16) & 0x0000_FFFF_0000_FFFFL) + add);
            // most draws hold four values all settled below by their high bits
            if ((carries & 0x0001_0000_0001_0000L) != 0) {
                for (int q = 0; q < 4; q++) {
                    long h = (word >>> (48 - 16 * q)) & 0xFFFF;
                    int i = 4 * w + q - offset;
                    // equal high bits need the low ones
                    if (h >= limitHigh && i >= 0 && i < count && (h > limitHigh || bits(i) > passBits)) {
                        above[i / lanes] |= 1L << (i % lanes);
                    }
                }
            }
        }
    }

    @Override
    double loss(int i) {
        return lossOfBits(bits(i));
    }

    @Override
    int bucket(int i) {
        return high(i) >>> (16 - BUCKET_BITS);
    }

    /** The 53 bits b of value {@code i} of the last batch: 16 from the generator draw, 37 from the counter. */
    private long bits(int i) {
        return ((long) high(i) << LOW_BITS) | (StreamKey.counterValue(counterKey, first + i) >>> (64 - LOW_BITS));
    }

    /** The 16 high bits of b of value {@code i} of the last batch. */
    private int high(int i) {
        long j = first + i;
        return (int) (words[(int) ((j >> 2) - firstWord)] >>> (48 - 16 * (int) (j & 3))) & 0xFFFF;
    }

    /**
     * The largest b whose loss is at most {@code capDb}, with a relative safety margin of 1e−9 on the Gaussian
     * quantile (far above Φ⁻¹'s rounding), or −1 when no b is that small.
     */
    @Override
    long passBits(double capDb) {
        double zCap = (Math.log(capDb) - mu) / sigma;
        double z = zCap - 1e-9 * Math.max(1, Math.abs(zCap));
        return largestBits(b -> gaussian(b) <= z);
    }

    /**
     * Φ⁻¹((b + ½)·2⁻⁵³) for a 53-bit b, increasing in b: the upper half is mirrored onto the lower, where
     * (k + ½)·2⁻⁵³ is exact, so u is never rounded to 1 and the law is symmetric.
     */
    static double gaussian(long b) {
        boolean upper = b >= HALF;
        long k = upper ? 2 * HALF - 1 - b : b;
        double z = NormalQuantile.of((k + 0.5) * 0x1.0p-53);
        return upper ? -z : z;
    }
}
