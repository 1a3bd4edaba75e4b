package org.cablesim.montecarlo;

import org.apache.commons.math3.special.Erf;

/**
 * Standard normal draws by Marsaglia and Tsang's 256-strip ziggurat (J. Stat. Softw. 5(8), 2000), one
 * 64-bit draw per sample on the fast path: an exact sampler (up to the 2^−53 grids of its uniforms), the Gaussian
 * of the loss engine's gamma draws ({@link GammaDraws}).
 *
 * <p>Why not Commons RNG's {@code ZigguratSampler.NormalizedGaussian}: same law, but it reaches the generator
 * through an interface and its {@code sample()} is often compiled on its own with its edge path inlined, after
 * which C2 refuses to inline it into the hot loop ("already compiled into a big method"), costing about 30 %
 * from one JVM run to the next. Here the rare paths are a separate method,
 * so the fast path is small enough to be inlined every time. Not thread-safe: one per thread.
 */
final class ZigguratGaussian {
    private static final int STRIPS = 256;
    /** Right edge of the base strip: the tail beyond it is drawn by Marsaglia's exponential method. */
    private static final double R = 3.6541528853610088;
    /** Strip widths, decreasing: X[0] = V/f(R) (base strip with the tail folded in), X[1] = R, X[256] = 0. */
    private static final double[] X = new double[STRIPS + 1];
    /** F[i] = f(X[i]) with f(x) = exp(−x²/2), the unnormalised density. */
    private static final double[] F = new double[STRIPS + 1];
    /** W[i] = X[i]·2^−63: a signed 64-bit draw times W[i] is uniform on (−X[i], X[i]). */
    private static final double[] W = new double[STRIPS];
    /** K[i] = ⌊2^63·X[i+1]/X[i]⌋: |draw| below it puts the point inside strip i's inner rectangle. */
    private static final long[] K = new long[STRIPS];

    static {
        // every strip has the area V of the base strip: R·f(R) plus the tail ∫_R^∞ f = √(π/2)·erfc(R/√2)
        double v = R * f(R) + Math.sqrt(Math.PI / 2) * Erf.erfc(R / Math.sqrt(2));
        X[0] = v / f(R);
        X[1] = R;
        for (int i = 1; i < STRIPS - 1; i++) {
            X[i + 1] = Math.sqrt(-2 * Math.log(v / X[i] + f(X[i])));
        }
        X[STRIPS] = 0;
        for (int i = 0; i <= STRIPS; i++) {
            F[i] = f(X[i]);
        }
        for (int i = 0; i < STRIPS; i++) {
            W[i] = X[i] * 0x1.0p-63;
            K[i] = (long) (X[i + 1] / X[i] * 0x1.0p63);
        }
    }

    private final DrawBuffer rng;

    /** @param rng the 64-bit source */
    ZigguratGaussian(DrawBuffer rng) {
        this.rng = rng;
    }

    private static double f(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /** @return a standard normal draw */
    double sample() {
        long u = rng.nextLong();
        // the strip from bits 0..7, the abscissa from the whole draw (its low bits only shift it on a
        // 2^−55 grid); u ^ (u >> 63) is |u| for u >= 0 and |u| − 1 below, in [0, 2^63): one integer compare
        int i = (int) u & (STRIPS - 1);
        double x = u * W[i];
        return (u ^ (u >> 63)) < K[i] ? x : edge(i, x);
    }

    /** The point fell outside strip i's inner rectangle (about 1 % of draws): tail, wedge test, or retry. */
    private double edge(int i, double x) {
        for (;;) {
            if (i == 0) {
                double t;
                double y;
                do {
                    t = -Math.log(openUnit()) / R;
                    y = -Math.log(openUnit());
                } while (y + y < t * t);
                return x > 0 ? R + t : -(R + t);
            }
            // uniform height in the strip; accept under the curve
            if (F[i] + (rng.nextLong() >>> 11) * 0x1.0p-53 * (F[i + 1] - F[i]) < f(x)) {
                return x;
            }
            long u = rng.nextLong();
            i = (int) u & (STRIPS - 1);
            x = u * W[i];
            if ((u ^ (u >> 63)) < K[i]) {
                return x;
            }
        }
    }

    /** @return a uniform draw in (0, 1] */
    private double openUnit() {
        return ((rng.nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** @return how far the recursion's top strip misses the common area, relative (a check of the tables) */
    static double topStripAreaError() {
        double v = X[0] * F[1];
        return (X[STRIPS - 1] * (1 - F[STRIPS - 1]) - v) / v;
    }
}
