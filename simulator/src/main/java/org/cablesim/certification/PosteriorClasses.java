package org.cablesim.certification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LossClass;
import org.cablesim.random.RandomStreams;
import org.cablesim.stats.Family;

/**
 * The posterior classes as catalog entries the next run can use: each class's posterior predictive loss of a new
 * connection (a gamma mixture over the posterior), summarised by its mean and 97th percentile, to which the loss
 * engine fits a gamma as it does for any catalog class given by (meanDb, maxDb).
 */
public final class PosteriorClasses {
    /** Gamma draws per kept posterior draw for the predictive summary. */
    static final int PREDICTIVE_PER_DRAW = 20;
    /** The percentile written as maxDb. */
    static final double PERCENTILE = 97;

    private PosteriorClasses() {
    }

    /** Predictive mean and 97th percentile of a class, from the named stream of the update's seed. */
    public static double[] predictiveMeanAndP97(ClassPosterior p, long seed) {
        double[] draws = p.predictive(RandomStreams.of(seed).stream(LossClassUpdate.STREAM, "predictive:"
                + p.classId(), 0), PREDICTIVE_PER_DRAW);
        double mean = Arrays.stream(draws).average().orElseThrow();
        Arrays.sort(draws);
        return new double[] {mean, LaneLossQuantiles.empiricalQuantile(draws, PERCENTILE / 100)};
    }

    /**
     * @param posteriors the updated classes
     * @param seed       the update's seed
     * @param note       provenance to write in each entry's source
     * @return a catalog holding one gamma loss class per posterior, under the class's own id
     */
    public static Catalog overlay(List<ClassPosterior> posteriors, long seed, String note) {
        Catalog.Builder b = Catalog.builder();
        for (ClassPosterior p : posteriors) {
            double[] mp = predictiveMeanAndP97(p, seed);
            b.lossClass(new LossClass(p.classId(), round(mp[0]), round(mp[1]), PERCENTILE, Family.GAMMA, Map.of(),
                    String.format(java.util.Locale.ROOT, "[derived] posterior predictive of cablesim update from %d"
                            + " measured connections (posterior mean mu %.4f dB, shape %.3f); prior: catalog class"
                            + " mean %.4f dB, shape %.3f; %s", p.connections(), p.meanDb(), p.shape(),
                            p.prior().meanDb(), p.prior().shape(), note)));
        }
        return b.build();
    }

    /** Four decimals: a tenth of a millidecibel, below any tester's resolution. */
    private static double round(double db) {
        return Math.round(db * 1e4) / 1e4;
    }
}
