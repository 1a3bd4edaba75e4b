package org.cablesim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.study.FabricSummary;
import org.cablesim.study.PlanResult;
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
        }
        return root;
    }

    /** The summary as pretty-printed UTF-8 text ending in a newline. */
    public static String toText(StudyResult result) {
        try {
            return MAPPER.writeValueAsString(toTree(result)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("summary.json could not be serialised", e);
        }
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
