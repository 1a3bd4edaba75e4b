package org.cablesim.study;

import java.util.Objects;
import org.cablesim.stats.Interval;

/**
 * One logical link's installation-loss figures (a row's loss columns in links.csv).
 *
 * @param failProbability P(the link fails at installation): 1 − Π(1 − p) over its routed channels (one per MDI),
 *                        the channels taken as independent
 * @param ci95            95 % bounds: the same product over the channels' lower bounds, and over their upper bounds
 * @param marginP1Db      1st percentile of the worst-lane margin, dB: the lowest of its channels' (plain run)
 * @param marginP50Db     median worst-lane margin, dB: the lowest of its channels'
 * @param method          {@code exact}, {@code plain}, {@code importance-sampling}, or {@code mixed} when its
 *                        channels' classes used different methods
 */
public record LinkLoss(double failProbability, Interval ci95, double marginP1Db, double marginP50Db, String method) {
    public LinkLoss {
        Objects.requireNonNull(ci95, "ci95");
        Objects.requireNonNull(method, "method");
    }
}
