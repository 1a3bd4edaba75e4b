package org.cablesim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.plant.BomLine;
import org.cablesim.polarity.CheckKind;
import org.cablesim.study.FabricSummary;
import org.cablesim.study.PlanResult;
import org.cablesim.study.PlantSummary;
import org.cablesim.study.ShapeRobustness;
import org.cablesim.study.StudyResult;

/** Builds the {@code summary.json} document of the output contract from a study result. */
public final class SummaryJson {
    /** Version of the summary.json layout; bumped only on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary as a JSON tree, fields in contract order. */
    public static ObjectNode toTree(StudyResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("scenario", result.scenarioName());
        root.put("seed", result.seed());
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("version", result.provenance().version());
        provenance.put("scenarioSha256", result.provenance().scenarioSha256());
        ObjectNode inputs = provenance.putObject("inputSha256");
        new TreeMap<>(result.provenance().inputSha256()).forEach(inputs::put);
        provenance.put("rngAlgorithm", result.provenance().rngAlgorithm());
        var plans = root.putArray("plans");
        for (PlanResult plan : result.plans()) {
            ObjectNode planNode = plans.addObject();
            planNode.put("name", plan.name());
            writeFabric(planNode.putObject("fabric"), plan.fabric());
            writePlant(planNode, plan.plant());
            if (plan.loss() != null) {
                LossJson.writePlan(planNode, plan.loss());
            }
            if (plan.lifecycle() != null) {
                LifecycleJson.writePlan(planNode, plan.lifecycle());
            }
        }
        LossJson.writeComparison(root, result.lossDifferences());
        LifecycleJson.writeComparison(root, result);
        result.robustness().ifPresent(r -> writeRobustness(root, r));
        return root;
    }

    /** The summary as pretty-printed UTF-8 text ending in a newline. */
    public static String toText(StudyResult result) {
        return toText(toTree(result));
    }

    /** A summary tree as pretty-printed UTF-8 text ending in a newline. */
    public static String toText(ObjectNode summary) {
        try {
            return MAPPER.writeValueAsString(summary) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("summary.json could not be serialised", e);
        }
    }

    private static void writePlant(ObjectNode planNode, PlantSummary p) {
        ObjectNode fibres = planNode.putObject("fibres");
        fibres.put("installed", p.fibresInstalled());
        fibres.put("lit", p.fibresLit());
        fibres.put("dark", p.fibresDark());
        fibres.put("darkFraction", round(p.darkFraction(), 6));
        ObjectNode cabling = planNode.putObject("cabling");
        cabling.put("linksCabled", p.linksCabled());
        cabling.put("trunks", p.trunks());
        cabling.put("cords", p.cords());
        cabling.put("jumpers", p.jumpers());
        cabling.put("assemblies", p.assemblies());
        cabling.put("mpoConnectors", p.mpoConnectors());
        cabling.put("adapters", p.adapters());
        cabling.put("cassettes", p.cassettes());
        cabling.put("panels", p.panels());
        cabling.put("rackUnits", p.rackUnits());
        ObjectNode mated = cabling.putObject("matedPairsPerLink");
        mated.put("min", p.matedPairsMin());
        mated.put("mean", round(p.matedPairsMean(), 6));
        mated.put("max", p.matedPairsMax());
        ObjectNode histogram = cabling.putObject("matedPairsPerChannel");
        p.matedPairsPerChannel().forEach((pairs, n) -> histogram.put(Integer.toString(pairs), n));
        ObjectNode builds = cabling.putObject("trunksByBuild");
        p.trunksByBuild().forEach((build, byLength) -> {
            ObjectNode b = builds.putObject(build);
            byLength.forEach((lengthM, n) -> b.put(Csv.number(lengthM), n));
        });
        ObjectNode transceivers = cabling.putObject("transceivers");
        p.transceivers().forEach(transceivers::put);
        ObjectNode byEnd = cabling.putObject("transceiversByEnd");
        p.transceiversByEnd().forEach((end, types) -> {
            ObjectNode e = byEnd.putObject(end);
            types.forEach(e::put);
        });
        cabling.put("harnesses", p.harnesses());
        cabling.put("fibreSplices", p.fibreSplices());
        cabling.put("copperCables", p.copperCables());
        ObjectNode polarity = cabling.putObject("polarityMethod");
        p.polarityByTier().forEach(polarity::put);
        ObjectNode checks = planNode.putObject("checks");
        checks.put("violations", p.violations());
        ObjectNode byKind = checks.putObject("byKind");
        for (Map.Entry<CheckKind, Integer> e : p.violationsByKind().entrySet()) {
            byKind.put(kindName(e.getKey()), e.getValue());
        }
        ObjectNode cost = planNode.putObject("cost");
        cost.put("total", round(p.costTotalUsd(), 2));
        ObjectNode byCategory = cost.putObject("byCategory");
        for (Map.Entry<BomLine.Category, Double> e : p.costByCategory().entrySet()) {
            byCategory.put(e.getKey().fileName(), round(e.getValue(), 2));
        }
        ObjectNode byTier = cost.putObject("byTier");
        p.costByTier().forEach((tier, usd) -> byTier.put(tier, round(usd, 2)));
    }

    /** {@code comparison.robustness}: the winner under each plausible connector-loss shape. */
    private static void writeRobustness(ObjectNode root, ShapeRobustness r) {
        ObjectNode comparison = root.has("comparison") ? (ObjectNode) root.get("comparison")
                : root.putObject("comparison");
        ObjectNode node = MAPPER.createObjectNode();
        r.classes().forEach(node.putArray("classes")::add);
        node.put("rule", ShapeRobustness.RULE);
        node.put("defaultWinner", r.defaultWinner());
        node.put("holds", r.holds());
        var outcomes = node.putArray("outcomes");
        for (ShapeRobustness.Outcome o : r.outcomes()) {
            ObjectNode n = outcomes.addObject();
            n.put("family", o.family());
            n.put("winner", o.winner());
            ObjectNode p = n.putObject("linkFailureProbability");
            o.linkFailureProbability().forEach((plan, v) -> p.put(plan, significant(v)));
        }
        node.put("line", r.line());
        comparison.set("robustness", node);
    }

    private static double significant(double v) {
        return v == 0 || !Double.isFinite(v) ? v : new java.math.BigDecimal(v).round(new java.math.MathContext(6))
                .doubleValue();
    }

    /** The file spelling of a check kind: lower case with hyphens ({@code FIBRE_TYPE} → {@code fibre-type}). */
    public static String kindName(CheckKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static void writeFabric(ObjectNode node, FabricSummary fabric) {
        node.put("gpus", fabric.gpus());
        node.put("servers", fabric.servers());
        ObjectNode switches = node.putObject("switches");
        switches.put("leaf", fabric.leaves());
        switches.put("spine", fabric.spines());
        switches.put("core", fabric.cores());
        ObjectNode links = node.putObject("links");
        for (Map.Entry<String, Integer> tier : fabric.linksByTier().entrySet()) {
            links.put(tier.getKey(), tier.getValue());
        }
    }
}
