package org.cablesim.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.LossClass;
import org.cablesim.optics.LossClassModels;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.TierPlant;
import org.cablesim.scenario.Scenario;
import org.cablesim.stats.Family;
import org.cablesim.stats.Interval;

/**
 * Whether the comparison's winner holds across the shapes the catalog lists as equally plausible for the
 * connector-loss classes no public data fixes (MPO standard and low-loss: {@code plausibleFamilies}). For each listed
 * family, every such class is re-modelled in that family, calibrated to the same mean and upper percentile, and every
 * plan's installation loss re-estimated (same seed and random-number keys, so shape is the only change); the
 * winner is then picked again by the study's one rule ({@link CheapestUndominatedRule}) with the re-estimated
 * installation figures and their paired differences. The lifecycle is not re-run: its figures and differences are
 * the study's own.
 *
 * @param classes       the loss classes in play whose shape is uncertain, sorted
 * @param defaultWinner the winner under the catalog's own families, or {@code none}
 * @param outcomes      one per plausible family, in the order the classes list them
 */
public record ShapeRobustness(List<String> classes, String defaultWinner, List<Outcome> outcomes) {
    public ShapeRobustness {
        classes = List.copyOf(classes);
        Objects.requireNonNull(defaultWinner, "defaultWinner");
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The winner under one alternative family.
     *
     * @param family                 the family every uncertain class takes
     * @param winner                 the plan the rule picks, or {@code none}
     * @param linkFailureProbability each plan's mean P(link fails at installation), in plan order
     */
    public record Outcome(String family, String winner, Map<String, Double> linkFailureProbability) {
        public Outcome {
            linkFailureProbability = java.util.Collections.unmodifiableMap(
                    new LinkedHashMap<>(linkFailureProbability));
        }
    }

    /** Whether every plausible shape gives the same winner. */
    public boolean holds() {
        return outcomes.stream().allMatch(o -> o.winner().equals(defaultWinner));
    }

    /** One sentence for the terminal and the report. */
    public String line() {
        List<String> families = outcomes.stream().map(Outcome::family).toList();
        String head = "Connector-loss shape (" + String.join(", ", classes) + ": no public data fixes it): ";
        if (holds()) {
            return head + "the winner " + defaultWinner + " holds under " + String.join(", ", families)
                    + " as under the catalog's own shape.";
        }
        List<String> changes = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!o.winner().equals(defaultWinner)) {
                changes.add(o.family() + " picks " + o.winner());
            }
        }
        return head + "the winner " + defaultWinner + " does not hold: " + String.join("; ", changes) + ".";
    }

    /**
     * The robustness of a study's winner, or empty when there is nothing to decide (fewer than two plans with loss
     * estimates) or no plan uses a class of uncertain shape.
     *
     * @param plans      the study's plan results (with their loss estimates)
     * @param comparison the study's comparison (its recommendation and lifecycle differences)
     * @param scenario   the scenario (loss settings, catalog)
     * @param seed       master seed
     * @param threads    worker threads, ≥ 1
     * @param reestimated per plan, in plan order, its {@link #reestimate} (run earlier alongside the lifecycle) or
     *                    null; the re-estimates missing are computed here. May be shorter than {@code plans}
     */
    static Optional<ShapeRobustness> of(List<PlanResult> plans, Comparison comparison, Scenario scenario, long seed,
            int threads, List<Reestimates> reestimated) {
        if (plans.size() < 2 || plans.stream().anyMatch(p -> p.loss() == null)) {
            return Optional.empty();
        }
        Catalog catalog = scenario.catalog();
        boolean countMdi = scenario.montecarlo().countTransceiverMatedPairs();
        List<PlanLossInputs.Inputs> inputs = new ArrayList<>();
        TreeSet<String> uncertain = new TreeSet<>();
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Reestimates r = i < reestimated.size() ? reestimated.get(i) : null;
            if (r != null) {
                // the plan's families in the order its classes list them, as the scan below would find them
                inputs.add(null);
                uncertain.addAll(r.classes());
                r.byFamily().keySet().stream().filter(f -> !families.contains(f)).forEach(families::add);
            } else {
                PlanLossInputs.Inputs in = PlanLossInputs.of(plans.get(i).cabling(), countMdi);
                inputs.add(in);
                uncertainClasses(in, catalog, uncertain, families);
            }
        }
        if (uncertain.isEmpty()) {
            return Optional.empty();
        }
        PlanLossEstimator estimator = new PlanLossEstimator(scenario.montecarlo(), threads);
        // no plan recommended (every plan has a violation): the winner is "none", as a reshaped study says it
        String defaultWinner = java.util.Objects.requireNonNullElse(comparison.recommendation().plan(), "none");
        List<Outcome> outcomes = new ArrayList<>();
        for (Family f : families) {
            List<PlanLoss> losses = new ArrayList<>();
            Map<String, Double> byPlan = new LinkedHashMap<>();
            for (int i = 0; i < plans.size(); i++) {
                CablingPlan cabling = plans.get(i).cabling();
                Reestimates r = i < reestimated.size() ? reestimated.get(i) : null;
                PlanLoss loss = r == null ? null : r.byFamily().get(f);
                if (loss == null) {
                    PlanLossInputs.Inputs in = inputs.get(i) != null ? inputs.get(i)
                            : PlanLossInputs.of(cabling, countMdi);
                    loss = estimator.estimate(reshaped(in, cabling, catalog, f), cabling.fabric().links(), seed);
                }
                losses.add(loss);
                byPlan.put(plans.get(i).name(), loss.summary().plan().meanLinkFailureProbability());
            }
            outcomes.add(new Outcome(f.id(), winner(plans, losses, comparison, seed, threads), byPlan));
        }
        return Optional.of(new ShapeRobustness(List.copyOf(uncertain), defaultWinner, outcomes));
    }

    /**
     * One plan's installation loss re-estimated under each plausible family of the uncertain classes it uses, as
     * {@link #of} would estimate it (same seed, streams and settings), for a study of several plans to run before
     * the comparison.
     *
     * @param cabling  the routed plan
     * @param scenario the scenario (loss settings, catalog)
     * @param seed     master seed
     * @param threads  worker threads, ≥ 1
     * @return the plan's uncertain classes and its re-estimates
     */
    static Reestimates reestimate(CablingPlan cabling, Scenario scenario, long seed, int threads) {
        Catalog catalog = scenario.catalog();
        PlanLossInputs.Inputs in = PlanLossInputs.of(cabling, scenario.montecarlo().countTransceiverMatedPairs());
        TreeSet<String> classes = new TreeSet<>();
        List<Family> families = new ArrayList<>();
        uncertainClasses(in, catalog, classes, families);
        PlanLossEstimator estimator = new PlanLossEstimator(scenario.montecarlo(), threads);
        Map<Family, PlanLoss> out = new LinkedHashMap<>();
        for (Family f : families) {
            out.put(f, estimator.estimate(reshaped(in, cabling, catalog, f), cabling.fabric().links(), seed));
        }
        return new Reestimates(classes, out);
    }

    /**
     * One plan's part of the check, made ahead of it.
     *
     * @param classes  the loss classes of uncertain shape the plan uses, sorted
     * @param byFamily its installation loss under each family those classes list, in the order they list them
     */
    record Reestimates(SortedSet<String> classes, Map<Family, PlanLoss> byFamily) {
        Reestimates {
            classes = Collections.unmodifiableSortedSet(new TreeSet<>(classes));
            byFamily = Collections.unmodifiableMap(new LinkedHashMap<>(byFamily));
        }
    }

    /** Adds the plan's loss classes of uncertain shape to {@code uncertain} and their new families to {@code families}. */
    private static void uncertainClasses(PlanLossInputs.Inputs in, Catalog catalog, TreeSet<String> uncertain,
            List<Family> families) {
        for (OpticalChannel c : in.channels()) {
            for (OpticalConnection k : c.connections()) {
                catalog.findLossClass(classOf(k)).filter(l -> !l.plausibleFamilies().isEmpty()).ifPresent(l -> {
                    uncertain.add(l.id());
                    l.plausibleFamilies().stream().filter(f -> !families.contains(f)).forEach(families::add);
                });
            }
        }
    }

    /** The plan the study's rule picks with these installation estimates, or {@code none}. */
    private static String winner(List<PlanResult> plans, List<PlanLoss> losses, Comparison comparison, long seed,
            int threads) {
        List<PlanResult> reshaped = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            PlanResult p = plans.get(i);
            reshaped.add(new PlanResult(p.name(), p.description(), p.fabric(), p.plant(), p.cabling(), losses.get(i),
                    p.lifecycle()));
        }
        String baseline = comparison.baselinePlan();
        List<PlanDifference> differences = new ArrayList<>(StudyRunner.lossDifferences(reshaped, baseline, seed,
                threads));
        differences.addAll(comparison.lifecycleDifferences());
        String plan = CheapestUndominatedRule.decide(reshaped.stream().map(PlanFigures::of).toList(), baseline,
                differences).plan();
        return plan == null ? "none" : plan;
    }

    /** A plan's channels with every uncertain class re-modelled in family {@code f} where it can be. */
    private static PlanLossInputs.Inputs reshaped(PlanLossInputs.Inputs in, CablingPlan cabling, Catalog catalog,
            Family f) {
        Map<String, FibreType> fibreOfTier = new HashMap<>();
        for (TierPlant tp : cabling.tiers()) {
            fibreOfTier.put(tp.tier().name(), tp.fibre());
        }
        Map<String, Optional<MatedPairLossModel>> models = new HashMap<>();
        // channels of one plant shape share their connection list: so do their reshaped ones, which keeps the
        // classifier's grouping by list identity (and the allocation) per shape, not per channel
        Map<FibreType, Map<List<OpticalConnection>, List<OpticalConnection>>> reshapedLists = new HashMap<>();
        List<OpticalChannel> out = new ArrayList<>(in.channels().size());
        for (OpticalChannel c : in.channels()) {
            FibreType fibre = fibreOfTier.get(c.tier());
            List<OpticalConnection> connections = reshapedLists
                    .computeIfAbsent(fibre, x -> new IdentityHashMap<>())
                    .computeIfAbsent(c.connections(), list -> reshaped(list, catalog, fibre, f, models));
            out.add(new OpticalChannel(c.linkId(), c.tier(), c.lanes(), connections, c.lengthM(),
                    c.attenuationDbPerKm(), c.otherFixedLossDbPerLane(), c.budgetDb(), c.rule()));
        }
        return new PlanLossInputs.Inputs(out, in.linkOfChannel(), in.links(), in.brokenByDesign(), in.skipped());
    }

    /** One connection list with every uncertain class re-modelled in {@code f} where it can be. */
    private static List<OpticalConnection> reshaped(List<OpticalConnection> list, Catalog catalog, FibreType fibre,
            Family f, Map<String, Optional<MatedPairLossModel>> models) {
        List<OpticalConnection> connections = new ArrayList<>(list.size());
        for (OpticalConnection k : list) {
            String id = classOf(k);
            Optional<MatedPairLossModel> m = models.computeIfAbsent(id + "|" + fibre.id(),
                    key -> model(catalog, id, fibre, f));
            connections.add(m.isEmpty() ? k : new OpticalConnection(k.elementType(), m.get(), k.positions(),
                    k.positionOfLane(), k.reflectanceDb()));
        }
        return List.copyOf(connections);
    }

    /** The class re-modelled in {@code f}; empty when it lists no such shape or cannot take it on this fibre. */
    private static Optional<MatedPairLossModel> model(Catalog catalog, String classId, FibreType fibre, Family f) {
        Optional<LossClass> c = catalog.findLossClass(classId).filter(l -> l.plausibleFamilies().contains(f));
        if (c.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LossClassModels.of(c.get().withFamily(f), fibre));
        } catch (IllegalArgumentException e) {
            // e.g. the Rician ferrule model on multimode fibre: that tier keeps the catalog's shape
            return Optional.empty();
        }
    }

    /** The loss class of a connection: the last part of its type {@code <tier>/<place>/<loss class>}. */
    private static String classOf(OpticalConnection k) {
        return k.elementType().substring(k.elementType().lastIndexOf('/') + 1);
    }
}
