package org.cablesim.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablesim.montecarlo.ClassEstimate;
import org.cablesim.montecarlo.ClassLossResult;
import org.cablesim.stats.Interval;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.montecarlo.LinkClass;
import org.cablesim.montecarlo.LinkClassifier;
import org.cablesim.montecarlo.LossEngine;
import org.cablesim.montecarlo.LossEngineSettings;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.montecarlo.PlanLossSummary;
import org.cablesim.plant.CablingPlan;
import org.cablesim.scenario.LossMethod;
import org.cablesim.scenario.MonteCarloSpec;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Interval;
import org.cablesim.topology.LogicalLink;

/**
 * Estimates a routed plan's installation loss: {@link PlanLossInputs} builds a channel per MDI, the
 * {@link LinkClassifier} groups them (length tolerance {@value #LENGTH_TOLERANCE_M} m: at ≤ 0.5 dB/km that
 * moves a class's fibre loss by at most 0.0005 dB, while stock cable lengths keep the classes few), and the
 * {@link LossEngine} estimates every class in class order with the scenario's method and trials. Links are
 * then grouped by the classes of their channels; a multi-MDI (twin-port) link fails when any of its channels
 * does, the channels taken as independent (different connectors), so P = 1 − Π(1 − p_c).
 *
 * <p>Every class's draws come from streams named by the master seed and its element types, and classes are
 * estimated and summed in a fixed order, so results are identical for any thread count.
 */
public final class PlanLossEstimator {
    /** Largest length spread inside one link class, m. */
    public static final double LENGTH_TOLERANCE_M = 1.0;
    /** Wanted 95 % half-width of a class's P(fail), relative to it, for the engine's adaptive methods. */
    public static final double TARGET_RELATIVE_HALF_WIDTH = 0.10;
    /** Most trials of one importance-sampling lane group or extended plain run. */
    public static final long TRIAL_CAP = 1L << 24;
    /** Points of the downsampled margin CDF. */
    public static final int CDF_POINTS = 101;

    private final MonteCarloSpec spec;
    private final int threads;
    private final double lengthToleranceM;

    /**
     * @param spec    the scenario's loss settings (trials, method, whether MDI matings count)
     * @param threads worker threads, &ge; 1 (results do not depend on it)
     */
    public PlanLossEstimator(MonteCarloSpec spec, int threads) {
        this(spec, threads, LENGTH_TOLERANCE_M);
    }

    /**
     * @param spec             the scenario's loss settings
     * @param threads          worker threads, &ge; 1
     * @param lengthToleranceM length spread inside a class, m, finite, &ge; 0
     */
    public PlanLossEstimator(MonteCarloSpec spec, int threads, double lengthToleranceM) {
        Checks.atLeast("threads", threads, 1);
        this.spec = spec;
        this.threads = threads;
        this.lengthToleranceM = lengthToleranceM;
    }

    /** @return the engine settings used: the scenario's trials for the plain runs */
    public LossEngineSettings engineSettings() {
        return new LossEngineSettings(spec.trials(), TARGET_RELATIVE_HALF_WIDTH, TRIAL_CAP, threads);
    }

    /**
     * @param plan    the routed plan
     * @param seed    master seed
     * @return the estimate
     */
    public PlanLoss estimate(CablingPlan plan, long seed) {
        PlanLossInputs.Inputs inputs = PlanLossInputs.of(plan, spec.countTransceiverMatedPairs());
        return estimate(inputs, plan.fabric().links(), seed);
    }

    /**
     * @param inputs the plan's channels
     * @param links  the fabric's logical links (ids and tiers)
     * @param seed   master seed
     * @return the estimate
     */
    public PlanLoss estimate(PlanLossInputs.Inputs inputs, List<LogicalLink> links, long seed) {
        LinkClassifier.Classification cls = LinkClassifier.classify(inputs.channels(), lengthToleranceM);
        List<LinkClass> classes = cls.classes();
        LossEngine engine = new LossEngine(engineSettings());
        LossMethod choice = spec.method();
        List<ClassEstimate> estimates = engine.estimateAll(classes, seed, choice);
        MarginMixture margins = new MarginMixture();
        long spent = 0;
        for (int i = 0; i < classes.size(); i++) {
            ClassEstimate e = estimates.get(i);
            margins.add(e.margins(), (double) classes.get(i).memberCount() / e.margins().total());
            spent += e.trialsSpent();
        }
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            classIndex.put(classes.get(i).classId(), i);
        }
        int[] groupOfLink = new int[inputs.links()];
        Arrays.fill(groupOfLink, -1);
        Map<List<Integer>, Integer> groupIndex = new LinkedHashMap<>();
        List<long[]> counts = new ArrayList<>();
        List<Integer> examples = new ArrayList<>();
        List<OpticalChannel> channels = inputs.channels();
        int c = 0;
        while (c < channels.size()) {
            int link = inputs.linkOf(c);
            List<Integer> key = new ArrayList<>(2);
            while (c < channels.size() && inputs.linkOf(c) == link) {
                key.add(classIndex.get(cls.classOfLink().get(channels.get(c).linkId())));
                c++;
            }
            Integer g = groupIndex.get(key);
            if (g == null) {
                g = groupIndex.size();
                groupIndex.put(List.copyOf(key), g);
                counts.add(new long[1]);
                examples.add(link);
            }
            counts.get(g)[0]++;
            groupOfLink[link] = g;
        }
        List<LinkGroup> groups = new ArrayList<>(groupIndex.size());
        int g = 0;
        for (List<Integer> key : groupIndex.keySet()) {
            LogicalLink example = links.get(examples.get(g));
            groups.add(group(key, classes, estimates, counts.get(g)[0], example));
            g++;
        }
        PlanLossSummary summary = PlanLossSummary.of(groups.stream().map(LinkGroup::result).toList(), 0);
        return new PlanLoss(spec.method().name().toLowerCase(Locale.ROOT).replace('_', '-'), spec.trials(),
                lengthToleranceM, classes, estimates, groups, groupOfLink, summary, spent,
                margins.quantile(0.01), margins.quantile(0.05), margins.quantile(0.50), margins.cdf(CDF_POINTS),
                inputs.skipped(), inputs.brokenByDesign());
    }

    private static LinkGroup group(List<Integer> key, List<LinkClass> classes, List<ClassEstimate> estimates, long links,
            LogicalLink example) {
        StringBuilder id = new StringBuilder();
        double logPass = 0;
        double logPassLow = 0;
        double logPassHigh = 0;
        String method = null;
        long trials = 0;
        boolean compliant = true;
        double mean = Double.POSITIVE_INFINITY;
        double p1 = Double.POSITIVE_INFINITY;
        double p5 = Double.POSITIVE_INFINITY;
        double p50 = Double.POSITIVE_INFINITY;
        for (int k : key) {
            ClassLossResult r = estimates.get(k).result();
            id.append(id.length() == 0 ? "" : "+").append(classes.get(k).classId());
            logPass += Math.log1p(-r.failProbability());
            logPassLow += Math.log1p(-r.ci95().low());
            logPassHigh += Math.log1p(-r.ci95().high());
            method = method == null || method.equals(r.method()) ? r.method() : PlanLoss.MIXED;
            trials += r.trials();
            compliant &= r.reflectanceCompliant();
            mean = Math.min(mean, r.meanMarginDb());
            p1 = Math.min(p1, r.marginP1Db());
            p5 = Math.min(p5, r.marginP5Db());
            p50 = Math.min(p50, r.marginP50Db());
        }
        double p = -Math.expm1(logPass);
        Interval ci = new Interval(Math.min(p, -Math.expm1(logPassLow)), Math.max(p, -Math.expm1(logPassHigh)))
                .clippedToProbability();
        double rel = p > 0 ? ci.halfWidth() / p : ci.halfWidth() == 0 ? 0 : Double.POSITIVE_INFINITY;
        ClassLossResult r = new ClassLossResult(id.toString(), classes.get(key.get(0)).tier(), links, method, p, ci, rel,
                trials, compliant, mean, p1, p5, p50);
        return new LinkGroup(key.stream().mapToInt(Integer::intValue).toArray(), example.id(), r);
    }
}
