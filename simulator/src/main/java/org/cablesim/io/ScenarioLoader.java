package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        return load(file, ScenarioGate.NONE);
    }

    /**
     * Loads and checks {@code file}, asking {@code gate} about the scenario and every sweep point before their
     * fabrics are generated.
     *
     * @throws InvalidInputException listing every problem found, each with its field path
     * @throws IOException           when the file cannot be read at all
     */
    public static LoadedScenario load(Path file, ScenarioGate gate) throws InvalidInputException, IOException {
        FileFormat format = FileFormat.ofFile(file).orElseThrow(() -> new InvalidInputException(List.of(
                new Problem(Problem.FILE, "unsupported file extension: expected .yaml, .yml or .json"))));
        byte[] bytes = Files.readAllBytes(file);
        Path baseDir = file.toAbsolutePath().getParent();
        Problems problems = new Problems();
        JsonNode tree = TreeParser.parse(new String(bytes, StandardCharsets.UTF_8), format, problems);
        ScenarioDocument document = tree == null ? null : ScenarioParser.parse(tree, baseDir, problems);
        problems.throwIfAny();
        Scenario scenario = document.scenario();
        java.util.Optional<Problem> refused = gate.check(scenario);
        if (refused.isPresent()) {
            throw new InvalidInputException(List.of(refused.get()));
        }
        checkLossClasses(scenario);
        LogicalFabric fabric = generate(scenario);
        checkPlant(scenario, fabric);
        List<SweepPoint> sweepPoints = ScenarioSweeps.expand(tree, document.study(), baseDir, problems,
                gate);
        for (SweepPoint point : sweepPoints) {
            try {
                checkPlant(point.scenario(), point.fabric());
            } catch (InvalidInputException e) {
                String where = TreePath.index("study.sweeps", point.sweepIndex());
                for (Problem problem : e.problems()) {
                    problems.add(where, "with " + point.parameter() + " = " + point.valueText() + ": " + problem);
                }
            }
        }
        problems.throwIfAny();
        return new LoadedScenario(scenario, document, fabric, Sha256.ofBytes(bytes),
                catalogFileHashes(tree, baseDir), new String(bytes, StandardCharsets.UTF_8), sweepPoints);
    }

    private static LogicalFabric generate(Scenario scenario) throws InvalidInputException {
        try {
            return FabricGenerators.forTopology(scenario.fabric().topology())
                    .generate(scenario.cluster(), scenario.fabric(), scenario.floor());
        } catch (FabricInfeasibleException e) {
            throw new InvalidInputException(List.of(new Problem(e.path(), e.getMessage())));
        }
    }

    /** Every loss class of the effective catalog must become a loss model, or the run would fail midway. */
    private static void checkLossClasses(Scenario scenario) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        org.cablesim.study.LossClassCheck.problems(scenario.catalog()).forEach((id, reason) ->
                problems.add(new Problem("catalog", "lossClasses." + id + " cannot be modelled: " + reason)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
                    path = e.field().isEmpty() || path.equals("catalog") ? path : TreePath.field(path, e.field());
                    problems.add(new Problem(path, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
    }

    /** SHA-256 of each user catalog file the (already validated) scenario names, keyed as written. */
    private static Map<String, String> catalogFileHashes(JsonNode tree, Path baseDir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (JsonNode name : tree.path("catalog").path("files")) {
            hashes.put(name.asText(), Sha256.ofFile(baseDir.resolve(name.asText()).normalize()));
        }
        return hashes;
    }
}
