package org.cablesim.io;

import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.cablesim.catalog.Catalog;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.GrowthSpec;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.RunSettings;
import org.cablesim.scenario.Scenario;

/**
 * Walks a whole scenario tree section by section, collecting every problem, and builds the
 * {@link ScenarioDocument} only when there are none.
 */
final class ScenarioParser {
    /** Names of scenarios, plans and tiers. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    static final String[] FIELDS = {"schemaVersion", "name", "description", "seed", "cluster", "fabric", "floor",
        "catalog", "plans", "montecarlo", "lifecycle", "study", "growth", "search"};
    static final long DEFAULT_SEED = 1;

    private ScenarioParser() {
    }

    /** The document, or null when any problem was recorded. */
    static ScenarioDocument parse(JsonNode root, Path baseDir, Problems problems) {
        int before = problems.size();
        Fields top = Fields.of(root, "", problems, FIELDS);
        if (top.isBroken()) {
            return null;
        }
        SchemaVersion.check(top);
        String name = top.requiredText("name", NAME);
        if (name != null && !top.describing()) {
            FileNames.problem(name).ifPresent(message -> problems.add("name", message));
        }
        String description = top.optionalText("description", "", null);
        Long seed = top.optionalLong("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        ClusterReader.Result cluster = ClusterReader.read(top.object("cluster", true, ClusterReader.FIELDS));
        Catalog catalog = ScenarioCatalogReader.read(top.object("catalog", false, ScenarioCatalogReader.FIELDS),
                baseDir);
        FabricSpec fabric = FabricReader.read(top.object("fabric", true, FabricReader.FIELDS), catalog,
                cluster.servers());
        FloorSpec floor = FloorReader.read(top.object("floor", false, FloorReader.FIELDS));
        PlansReader.Result plans = PlansReader.read(top, catalog, fabric);
        MonteCarloSection montecarlo = MonteCarloSection.read(top.object("montecarlo", false,
                MonteCarloSection.FIELDS));
        LifecycleSection lifecycle = LifecycleSection.read(top.object("lifecycle", false, LifecycleSection.FIELDS),
                catalog, fabric, cluster.spec());
        StudySection study = StudySection.read(top.object("study", false, StudySection.FIELDS), plans.names());
        GrowthSpec growth = GrowthSection.read(top.object("growth", false, GrowthSection.FIELDS), cluster.spec(),
                fabric, lifecycle == null ? null : lifecycle.toSpec().horizonDays());
        SearchSection search = top.has("search") ? SearchSection.read(top.object("search", false,
                SearchSection.FIELDS), plans.names(), top.has("plans"), catalog) : null;
        if (problems.size() > before) {
            return null;
        }
        return build(name, description, seed, cluster.spec(), fabric, floor, catalog, plans.plans(), montecarlo,
                lifecycle, study, growth, search, problems);
    }

    private static ScenarioDocument build(String name, String description, long seed,
            ClusterSpec cluster, FabricSpec fabric, FloorSpec floor, Catalog catalog,
            List<PlanSpec> plans, MonteCarloSection montecarlo, LifecycleSection lifecycle, StudySection study,
            GrowthSpec growth, SearchSection search, Problems problems) {
        try {
            Scenario scenario = new Scenario(name, description, new RunSettings(seed), cluster, fabric, floor,
                    catalog, plans, montecarlo.toSpec(), lifecycle.toSpec(), study.toSpec(), growth);
            return new ScenarioDocument(scenario, montecarlo, lifecycle, study, search);
        } catch (IllegalArgumentException | NullPointerException e) {
            // Every rule of the records is checked above with a path; reaching here is a reader bug.
            problems.add(Problem.FILE, "internal: scenario rejected after validation: " + e.getMessage());
            return null;
        }
    }
}
