package org.cablesim.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cablesim.scenario.LossMethod;
import org.cablesim.stats.Interval;

/**
 * Picks the estimation method per link class and reports which it used.
 *
 * <ol>
 *   <li>Every class gets a plain run of {@code plainTrials}: it yields the margin statistics. A class whose
 *       P(fail) is exact (next item) draws only the run's margin subsample: its other trials would decide
 *       nothing.</li>
 *   <li>{@link #EXACT} when the closed form applies ({@link ExactLinkLoss}: independent-position gamma
 *       or exponential losses with one common scale, fixed losses; or a broken reflectance rule ⇒ 1).</li>
 *   <li>{@link #PLAIN} when that plain run is already precise: Wilson 95 % half-width ≤ target × estimate
 *       (for the default 10 % that takes ≈ 385 failures).</li>
 *   <li>{@link #IMPORTANCE_SAMPLING} when {@link RareEventEstimator#supports} the channel.</li>
 *   <li>Otherwise {@link #PLAIN} again, extended to the trials the target needs (or the cap): the
 *       reported relative half-width says what was achieved.</li>
 * </ol>
 */
public final class LossEngine {
    /** Method id: closed form. */
    public static final String EXACT = "exact";
    /** Method id: plain Monte Carlo. */
    public static final String PLAIN = "plain";
    /** Method id: importance sampling. */
    public static final String IMPORTANCE_SAMPLING = "importance-sampling";

    private final LossEngineSettings settings;
    private final PlainMonteCarlo plain;
    private final RareEventEstimator rare;

    /** @param settings effort and threads */
    public LossEngine(LossEngineSettings settings) {
        this.settings = settings;
        this.plain = new PlainMonteCarlo(settings.threads());
        this.rare = new RareEventEstimator(settings.threads());
    }

    /**
     * Estimates every class in order.
     *
     * @param classes the classes of a plan
     * @param seed    master seed
     * @return one result per class, same order
     */
    public List<ClassLossResult> estimateAll(List<LinkClass> classes, long seed) {
        List<ClassLossResult> out = new ArrayList<>(classes.size());
        for (ClassEstimate e : estimateAll(classes, seed, LossMethod.AUTO)) {
            out.add(e.result());
        }
        return out;
    }

    /**
     * Estimates every class in order under a method choice, as {@link #estimate(LinkClass, long, LossMethod)} does
     * one by one, with the plain runs of all classes shared out among the threads together.
     *
     * @param classes the classes of a plan
     * @param seed    master seed
     * @param choice  which methods may give the probability
     * @return one estimate per class, same order
     */
    public List<ClassEstimate> estimateAll(List<LinkClass> classes, long seed, LossMethod choice) {
        List<OptionalDouble> closed = new ArrayList<>(classes.size());
        boolean[] marginsOnly = new boolean[classes.size()];
        for (int i = 0; i < classes.size(); i++) {
            closed.add(closedForm(classes.get(i), choice));
            marginsOnly[i] = closed.get(i).isPresent();
        }
        List<PlainResult> bases = plain.runAll(classes, settings.plainTrials(), seed, marginsOnly);
        List<ClassEstimate> out = new ArrayList<>(classes.size());
        for (int i = 0; i < classes.size(); i++) {
            PlainResult base = bases.get(i);
            out.add(new ClassEstimate(probability(classes.get(i), seed, choice, base, closed.get(i)), base.margins(),
                    settings.plainTrials()));
        }
        return out;
    }

    /**
     * Estimates one class with the engine's own choice of method.
     *
     * @param c    the class
     * @param seed master seed
     * @return the result, with {@code method} saying how P(fail) was obtained
     */
    public ClassLossResult estimate(LinkClass c, long seed) {
        return estimate(c, seed, LossMethod.AUTO).result();
    }

    /**
     * Estimates one class under a method choice and keeps the plain run's margin histogram.
     * {@link LossMethod#PLAIN} stops after the plain run; {@link LossMethod#RARE_EVENT} skips the
     * "plain run already precise" step of the class comment.
     *
     * @param c      the class
     * @param seed   master seed
     * @param choice which methods may give the probability
     * @return the result and the margins
     */
    public ClassEstimate estimate(LinkClass c, long seed, LossMethod choice) {
        return estimateAll(List.of(c), seed, choice).get(0);
    }

    /**
     * The class's P(fail) in closed form when the method choice takes it: {@link ExactLinkLoss}, or 1 when its
     * reflectance rule is broken; empty otherwise. The plain run of such a class then only gives the margins.
     */
    private static OptionalDouble closedForm(LinkClass c, LossMethod choice) {
        if (choice == LossMethod.PLAIN) {
            return OptionalDouble.empty();
        }
        OptionalDouble exact = ExactLinkLoss.failProbability(c);
        return exact.isPresent() || !c.reflectanceCompliant() ? OptionalDouble.of(exact.orElse(1)) : exact;
    }

    private ClassLossResult probability(LinkClass c, long seed, LossMethod choice, PlainResult base,
            OptionalDouble closed) {
        if (choice == LossMethod.PLAIN) {
            return result(c, base, PLAIN, base.failProbability(), base.ci95(), base.relativeHalfWidth(), base.trials());
        }
        double target = settings.targetRelativeHalfWidth();
        if (closed.isPresent()) {
            double p = closed.getAsDouble();
            return result(c, base, EXACT, p, Interval.exact(p), 0, 0);
        }
        if (choice == LossMethod.AUTO && base.relativeHalfWidth() <= target) {
            return result(c, base, PLAIN, base.failProbability(), base.ci95(), base.relativeHalfWidth(), base.trials());
        }
        if (RareEventEstimator.supports(c)) {
            RareEventResult r = rare.estimate(c, seed, target, settings.trialCap());
            return result(c, base, IMPORTANCE_SAMPLING, r.failProbability(), r.ci95(), r.relativeHalfWidth(), r.trials());
        }
        long needed = settings.trialCap();
        if (base.failures() > 0) {
            double p = base.failProbability();
            double z = Interval.Z95 / target;
            needed = Math.min(needed, (long) Math.ceil(1.2 * z * z * (1 - p) / p));
        }
        PlainResult longer = needed > base.trials() ? plain.run(c, needed, seed) : base;
        return result(c, longer, PLAIN, longer.failProbability(), longer.ci95(), longer.relativeHalfWidth(), longer.trials());
    }

    private static ClassLossResult result(LinkClass c, PlainResult margins, String method, double p, Interval ci,
                                          double rel, long trials) {
        return new ClassLossResult(c.classId(), c.tier(), c.memberCount(), method, p, ci, rel, trials,
                c.reflectanceCompliant(), margins.meanMarginDb(), margins.marginP1Db(), margins.marginP5Db(),
                margins.marginP50Db());
    }
}
