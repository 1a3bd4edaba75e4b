package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.SearchSection;
import org.cablesim.random.RandomStreams;
import org.cablesim.report.SearchFiles;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.search.DesignSearch;
import org.cablesim.search.EvaluationEngine;
import org.cablesim.search.FrontScenarios;
import org.cablesim.search.StudyJob;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.Provenance;
import org.cablesim.study.SearchCandidate;
import org.cablesim.study.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cablesim search FILE}: the Pareto front of a scenario's {@code search} section. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a scenario's design space (its search section): the Pareto front of cost, "
                + "installation failures, availability and upgrade readiness, within the constraints.")
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario file with a search section")
    Path file;

    @CommandLine.Mixin
    StudyOptions options = new StudyOptions();

    @Option(names = "--exhaustive", description = "evaluate every stage of every valid candidate (no pruning "
            + "before the lifecycle); the front is the same, the search slower")
    boolean exhaustive;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = options.threadCount(spec);
        try (TerminalProgress progress = options.progress(spec, err)) {
            return search(err, threadCount, progress);
        }
    }

    private int search(PrintWriter err, int threadCount, ProgressListener progress) throws IOException {
        progress.stage("read scenario", 0);
        ScenarioInput.Outcome input = ScenarioInput.read(file, WorkLimit.forRun(threadCount, true));
        if (input.loaded() == null) {
            ScenarioInput.print(file, input.problems(), err);
            return ExitCodes.BAD_INPUT;
        }
        LoadedScenario loaded = input.loaded();
        SearchSection section = loaded.document().search();
        if (section == null) {
            err.println("error: " + file + " has no search section (see the README, 'Design-space search')");
            return ExitCodes.BAD_INPUT;
        }
        OutputDirectory output;
        EvaluationEngine evaluations;
        try {
            output = OutputDirectory.choose(options.out, options.force, Path.of("results", "runs"),
                    loaded.scenario().name() + "-search", file);
            evaluations = Engines.open(options.engine, threadCount);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        long masterSeed = options.seed != null ? options.seed : loaded.scenario().run().seed();
        StudyJob job = new StudyJob(loaded.scenarioText(), loaded.file().toString(), masterSeed, null, 1);
        Provenance provenance = new Provenance(Version.current(), loaded.scenarioSha256(), loaded.inputSha256(),
                RandomStreams.ALGORITHM);
        SearchResult result;
        try (EvaluationEngine engineInUse = evaluations;
                StagingCleanup cleanup = output.createStaging(Version.current(), loaded.scenarioSha256())) {
            result = DesignSearch.run(loaded.scenario().name(), job, section,
                    loaded.scenario().plans().stream().map(PlanSpec::name).toList(), engineInUse, exhaustive,
                    provenance, progress);
            progress.stage("write results", 0);
            Path staging = cleanup.path();
            SearchFiles.write(result, loaded.scenarioText(), staging);
            Path front = staging.resolve(SearchFiles.FRONT);
            Files.createDirectories(front);
            for (SearchCandidate c : result.frontCandidates()) {
                Files.writeString(front.resolve(c.name() + ".yaml"), FrontScenarios.yaml(job, section, c),
                        StandardCharsets.UTF_8);
            }
            output.commit(staging);
            cleanup.committed();
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a front plan's choices no longer fit the scenario", e);
        }
        if (progress instanceof TerminalProgress terminal) {
            terminal.close();
        }
        if (!options.quiet) {
            print(result, output.target(), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    private static void print(SearchResult r, Path target, PrintWriter out) {
        out.printf("%d candidates: plant stage %d, loss stage %d, lifecycle %d%n", r.candidates().size(),
                r.evaluatedAt(SearchCandidate.Stage.PLANT), r.evaluatedAt(SearchCandidate.Stage.LOSS),
                r.evaluatedAt(SearchCandidate.Stage.LIFECYCLE));
        TextTableOfFront.print(r, out);
        out.println();
        out.println("results: " + target);
        out.println("recommended: " + (r.recommended() == null ? "none" : r.recommended()));
        out.flush();
    }
}
