package org.cablesim.study;

import java.util.Objects;

/**
 * One logical link's installation-loss figures (a row's loss columns in links.csv).
 *
 * @param failProbability P(the link fails at installation): 1 − Π(1 − p) over its routed channels (one per MDI),
 *                        the channels taken as independent
 * @param ci95Low         lower 95 % bound, the same product over the channels' lower bounds
 * @param ci95High        upper 95 % bound, over the channels' upper bounds
 * @param marginP1Db      1st percentile of the worst-lane margin, dB: the lowest of its channels' (plain run)
 * @param marginP50Db     median worst-lane margin, dB: the lowest of its channels'
 * @param method          {@code exact}, {@code plain}, {@code importance-sampling}, or {@code mixed} when its
 *                        channels' classes used different methods
 */
public record LinkLoss(double failProbability, double ci95Low, double ci95High, double marginP1Db, double marginP50Db,
        String method) {
    public LinkLoss {
        Objects.requireNonNull(method, "method");
    }
}
