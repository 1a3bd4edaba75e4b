package org.cablesim.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * winner is then picked again by one rule: among plans without design-check violations, those whose 95 % interval
 * for P(link fails at installation) reaches the lowest plan's interval, or whose expected failing links are within
 * {@value #LINKS_TOLERANCE} of its (a smaller difference cannot be seen at turn-up), the cheapest (equal cost: the
 * lower P). The lifecycle is not re-run, so the rule rests on the installation estimate and the BOM only.
 *
 * @param classes       the loss classes in play whose shape is uncertain, sorted
 * @param defaultWinner the winner under the catalog's own families, or {@code none}
 * @param outcomes      one per plausible family, in the order the classes list them
 */
public record ShapeRobustness(List<String> classes, String defaultWinner, List<Outcome> outcomes) {
    /** Expected failing links below which two plans count as equally reliable at installation. */
    public static final double LINKS_TOLERANCE = 0.5;

    /** The decision rule, in words. */
    public static final String RULE = "install-failure rule: of the plans without design-check violations whose 95 %"
            + " interval for P(link fails at installation) reaches the best plan's, or whose expected failing links"
            + " are within " + LINKS_TOLERANCE + " of the best plan's, the cheapest";

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
     * @param plans    the study's plan results (with their loss estimates)
     * @param scenario the scenario (loss settings, catalog)
     * @param seed     master seed
     * @param threads  worker threads, ≥ 1
     */
    public static Optional<ShapeRobustness> of(List<PlanResult> plans, Scenario scenario, long seed, int threads) {
        if (plans.size() < 2 || plans.stream().anyMatch(p -> p.loss() == null)) {
            return Optional.empty();
        }
        Catalog catalog = scenario.catalog();
        boolean countMdi = scenario.montecarlo().countTransceiverMatedPairs();
        List<PlanLossInputs.Inputs> inputs = new ArrayList<>();
        TreeSet<String> uncertain = new TreeSet<>();
        List<Family> families = new ArrayList<>();
        for (PlanResult p : plans) {
            PlanLossInputs.Inputs in = PlanLossInputs.of(p.cabling(), countMdi);
            inputs.add(in);
            for (OpticalChannel c : in.channels()) {
                for (OpticalConnection k : c.connections()) {
                    catalog.findLossClass(classOf(k)).filter(l -> !l.plausibleFamilies().isEmpty()).ifPresent(l -> {
                        uncertain.add(l.id());
                        l.plausibleFamilies().stream().filter(f -> !families.contains(f)).forEach(families::add);
                    });
                }
            }
        }
        if (uncertain.isEmpty()) {
            return Optional.empty();
        }
        PlanLossEstimator estimator = new PlanLossEstimator(scenario.montecarlo(), threads);
        String defaultWinner = winner(candidates(plans, plans.stream().map(PlanResult::loss).toList()));
        List<Outcome> outcomes = new ArrayList<>();
        for (Family f : families) {
            List<PlanLoss> losses = new ArrayList<>();
            Map<String, Double> byPlan = new LinkedHashMap<>();
            for (int i = 0; i < plans.size(); i++) {
                CablingPlan cabling = plans.get(i).cabling();
                PlanLoss loss = estimator.estimate(reshaped(inputs.get(i), cabling, catalog, f),
                        cabling.fabric().links(), seed);
                losses.add(loss);
                byPlan.put(plans.get(i).name(), loss.summary().plan().meanLinkFailureProbability());
            }
            outcomes.add(new Outcome(f.id(), winner(candidates(plans, losses)), byPlan));
        }
        return Optional.of(new ShapeRobustness(List.copyOf(uncertain), defaultWinner, outcomes));
    }

    /**
     * One plan as the rule sees it.
     *
     * @param name       plan name
     * @param violations design-check violations
     * @param costUsd    BOM total
     * @param links      links estimated
     * @param pFail      mean P(link fails at installation)
     * @param ci95       its 95 % interval
     */
    record Candidate(String name, int violations, double costUsd, long links, double pFail, Interval ci95) {
    }

    /** The plan the rule in the class comment picks, or {@code none}. */
    static String winner(List<Candidate> plans) {
        Candidate best = null;
        for (Candidate c : plans) {
            if (c.violations() == 0 && (best == null || c.pFail() < best.pFail())) {
                best = c;
            }
        }
        if (best == null) {
            return "none";
        }
        Candidate chosen = null;
        for (Candidate c : plans) {
            boolean close = Math.abs(c.links() * c.pFail() - best.links() * best.pFail()) < LINKS_TOLERANCE;
            if (c.violations() > 0 || !(c.ci95().low() <= best.ci95().high() || close)) {
                continue;
            }
            if (chosen == null || c.costUsd() < chosen.costUsd()
                    || c.costUsd() == chosen.costUsd() && c.pFail() < chosen.pFail()) {
                chosen = c;
            }
        }
        return chosen.name();
    }

    private static List<Candidate> candidates(List<PlanResult> plans, List<PlanLoss> losses) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            PlanResult p = plans.get(i);
            var summary = losses.get(i).summary().plan();
            out.add(new Candidate(p.name(), p.plant().violations(), p.plant().costTotalUsd(), summary.links(),
                    summary.meanLinkFailureProbability(), summary.linkFailureProbability()));
        }
        return out;
    }

    /** A plan's channels with every uncertain class re-modelled in family {@code f} where it can be. */
    private static PlanLossInputs.Inputs reshaped(PlanLossInputs.Inputs in, CablingPlan cabling, Catalog catalog,
            Family f) {
        Map<String, FibreType> fibreOfTier = new HashMap<>();
        for (TierPlant tp : cabling.tiers()) {
            fibreOfTier.put(tp.tier().name(), tp.fibre());
        }
        Map<String, Optional<MatedPairLossModel>> models = new HashMap<>();
        List<OpticalChannel> out = new ArrayList<>(in.channels().size());
        for (OpticalChannel c : in.channels()) {
            List<OpticalConnection> connections = new ArrayList<>(c.connections().size());
            FibreType fibre = fibreOfTier.get(c.tier());
            for (OpticalConnection k : c.connections()) {
                String id = classOf(k);
                Optional<MatedPairLossModel> m = models.computeIfAbsent(id + "|" + fibre.id(),
                        key -> model(catalog, id, fibre, f));
                connections.add(m.isEmpty() ? k : new OpticalConnection(k.elementType(), m.get(), k.positions(),
                        k.positionOfLane(), k.reflectanceDb()));
            }
            out.add(new OpticalChannel(c.linkId(), c.tier(), c.lanes(), connections, c.lengthM(),
                    c.attenuationDbPerKm(), c.otherFixedLossDbPerLane(), c.budgetDb(), c.rule()));
        }
        return new PlanLossInputs.Inputs(out, in.linkOfChannel(), in.links(), in.brokenByDesign(), in.skipped());
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
