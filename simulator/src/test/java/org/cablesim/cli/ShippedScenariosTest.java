package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in the repository's {@code scenarios/} folder validates and runs (and searches, with a search section). */
class ShippedScenariosTest {
    @TempDir
    Path temp;

    static Stream<String> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
                    .filter(name -> !name.endsWith(".schema.json"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void runsAndFollowsTheOutputContract(String name) throws IOException {
        Path out = temp.resolve(name);
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario(name).toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        SummaryContract.check(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                out.resolve("summary.json").toFile()), out, true);
        // Shipped floors overflow panels into patching racks: no rack is over its height (ai-100k included).
        try (Stream<Path> plans = Files.list(out.resolve("plans"))) {
            for (Path plan : plans.toList()) {
                assertEquals(java.util.Set.of(), SummaryContract.racksOverHeight(plan), plan.toString());
                // its pathways are sized for it: after spill no segment is over its fill limit (issue 12)
                if (name.equals("ai-100k.yaml")) {
                    List<String> overfull = Files.readAllLines(plan.resolve("pathway-fill.csv")).stream()
                            .filter(l -> l.endsWith(",true")).toList();
                    assertEquals(List.of(), overfull, plan.toString());
                }
            }
        }
        if (Files.readString(CliRunner.shippedScenario(name)).contains("\nsearch:")) {
            Path searched = temp.resolve(name + "-search");
            CliRunner.Outcome search = CliRunner.run("search", CliRunner.shippedScenario(name).toString(),
                    "--out", searched.toString(), "--quiet");
            assertEquals(ExitCodes.OK, search.exitCode(), search.err());
            assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(searched.resolve("search.json")
                    .toFile()).get("front").size() > 0, "the shipped search has a front");
        }
    }
}
