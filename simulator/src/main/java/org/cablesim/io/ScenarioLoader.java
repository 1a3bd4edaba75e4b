package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.plant.PlantConfigurationException;
import org.cablesim.plant.TierPlant;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.TierSpec;
import org.cablesim.topology.FabricGenerators;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.LogicalFabric;

/** Reads a scenario file, validates it and generates its logical fabric: everything {@code validate} checks. */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /**
     * Loads and checks {@code file}.
     *
     * @throws InvalidInputException listing every problem found, each with its field path
     * @throws IOException           when the file cannot be read at all
     */
    public static LoadedScenario load(Path file) throws InvalidInputException, IOException {
        ScenarioDocument document = ScenarioReader.readDocument(file);
        Scenario scenario = document.scenario();
        LogicalFabric fabric;
        try {
            fabric = FabricGenerators.forTopology(scenario.fabric().topology())
                    .generate(scenario.cluster(), scenario.fabric(), scenario.floor());
        } catch (FabricInfeasibleException e) {
            throw new InvalidInputException(List.of(new Problem(e.path(), e.getMessage())));
        }
        checkPlant(scenario, fabric);
        return new LoadedScenario(scenario, document, fabric, Sha256.ofFile(file), catalogFileHashes(file));
    }

    /** Resolves every plan's cabling on the generated fabric's tiers, so impossible choices are input errors. */
    private static void checkPlant(Scenario scenario, LogicalFabric fabric) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < scenario.plans().size(); i++) {
            PlanSpec plan = scenario.plans().get(i);
            for (int t = 0; t < fabric.tiers().size(); t++) {
                TierSpec tier = fabric.tiers().get(t);
                try {
                    TierPlant.resolve(t, tier, plan.tier(tier.name()), scenario.catalog());
                } catch (PlantConfigurationException e) {
                    String path = e.tierName().equals("*") ? "catalog"
                            : TreePath.field(TreePath.field(TreePath.index("plans", i), "tiers"), tier.name());
                    problems.add(new Problem(path, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
    }

    /** SHA-256 of each user catalog file the (already validated) scenario names, keyed as written. */
    private static Map<String, String> catalogFileHashes(Path file) throws IOException {
        ObjectMapper mapper = FileFormat.ofFile(file).filter(f -> f != FileFormat.JSON).isPresent()
                ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
        JsonNode files = mapper.readTree(file.toFile()).path("catalog").path("files");
        Path baseDir = file.toAbsolutePath().getParent();
        Map<String, String> hashes = new TreeMap<>();
        for (JsonNode name : files) {
            hashes.put(name.asText(), Sha256.ofFile(baseDir.resolve(name.asText()).normalize()));
        }
        return hashes;
    }
}
