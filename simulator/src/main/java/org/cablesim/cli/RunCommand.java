package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.cablesim.io.LoadedScenario;
import org.cablesim.search.DesignPointChecks;
import org.cablesim.search.DesignPoints;
import org.cablesim.search.EvaluationEngine;
import org.cablesim.search.PointJournal;
import org.cablesim.report.ResultFiles;
import org.cablesim.report.SummaryJson;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.Problem;
import org.cablesim.study.DesignChecks;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.StudySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cablesim run FILE}: runs a scenario's study and writes its results. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario: generate the fabric, evaluate every plan variant, write results.")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario file (.yaml, .yml or .json)")
    Path file;

    @CommandLine.Mixin
    StudyOptions options = new StudyOptions();

    @Option(names = "--only", paramLabel = "PLAN", description = "run only this plan variant (it becomes the baseline)")
    String only;

    @Option(names = "--no-plan-files", description = "write only summary.json, report.html and comparison.csv "
            + "(no per-plan cable schedules, link lists, BOMs, graphs)")
    boolean noPlanFiles;

    @Option(names = "--allow-violations", description = "exit 0 even when a plan has design-check violations "
            + "(links broken by design); without it such a run exits 3 after writing its results")
    boolean allowViolations;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "what to print on success: text (default: tables and the recommendation) or json "
                    + "(summary.json's content)")
    OutputFormat format;

    @Option(names = "--export", paramLabel = "KINDS", description = "also write these exports of every plan, "
            + "comma-separated: netbox, test-limits, fabric (into plans/<plan>/<kind>/)")
    String export;

    @Option(names = "--no-work-limit", description = "run even when the up-front work or memory estimate exceeds"
            + " what this machine can do (see validate)")
    boolean noWorkLimit;

    @Option(names = "--resume", description = "continue an interrupted run of the same scenario, seed and plan: "
            + "the sweep and design points it finished are not run again (same output as an uninterrupted run)")
    boolean resume;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = options.threadCount(spec);
        try (TerminalProgress progress = options.progress(spec, err)) {
            return run(err, threadCount, progress);
        }
    }

    private int run(PrintWriter err, int threadCount, ProgressListener progress) throws IOException {
        progress.stage("read scenario, generate fabric", 0);
        ScenarioInput.Outcome input = ScenarioInput.load(file, err, WorkLimit.forRun(threadCount, noWorkLimit));
        if (input == null) {
            return ExitCodes.BAD_INPUT;
        }
        LoadedScenario loaded = input.loaded();
        OutputDirectory output;
        try {
            output = OutputDirectory.choose(options.out, options.force, Path.of("results", "runs"),
                    loaded.scenario().name(), file);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Scenario scenario = loaded.scenario();
        if (only != null) {
            try {
                scenario = scenario.withOnlyPlan(only);
            } catch (IllegalArgumentException e) {
                err.println("error: --only: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        long masterSeed = options.seed != null ? options.seed : scenario.run().seed();
        if (options.seed != null && options.seed != scenario.run().seed()) {
            List<Problem> designProblems = DesignPointChecks.problems(loaded, masterSeed,
                    WorkLimit.forRun(threadCount, noWorkLimit));
            if (!designProblems.isEmpty()) {
                ScenarioInput.print(file, designProblems, err);
                return ExitCodes.BAD_INPUT;
            }
        }
        DesignPoints points = DesignPoints.of(loaded.document().study(), masterSeed);
        EnumSet<PlanExports.Kind> exports;
        try {
            exports = export == null ? EnumSet.noneOf(PlanExports.Kind.class) : PlanExports.parse(export);
        } catch (IllegalArgumentException e) {
            err.println("error: --export: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<String> exportLines = new ArrayList<>();
        StudySummary summary;
        StudyExecution result;
        EvaluationEngine pointEngine;
        try {
            pointEngine = Engines.open(options.engine, 1);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        PointJournal journal = points.size() == 0 ? null : StudyJournal.open(output.target(),
                StudyJournal.header(loaded.scenarioSha256(), masterSeed, only, points.size()), resume, err,
                options.quiet);
        // Created before computing: an unwritable location fails now, not after the whole study.
        try (EvaluationEngine engineInUse = pointEngine;
                StagingCleanup cleanup = output.createStaging(Version.current(), loaded.scenarioSha256())) {
            Path staging = cleanup.path();
            result = StudyExecution.run(loaded, input.prepared(), scenario, only, masterSeed, threadCount,
                    progress, points, engineInUse, journal);
            progress.stage("write results", 0);
            summary = result.summary();
            ResultFiles.write(summary, loaded.scenarioText(), result.study(), staging, !noPlanFiles);
            for (var plan : result.study().plans()) {
                for (PlanExports.Kind kind : exports) {
                    Path dir = java.nio.file.Files.createDirectories(ResultFiles.planDirectory(staging, plan.name())
                            .resolve(kind.id()));
                    exportLines.addAll(PlanExports.write(kind, scenario, plan.cabling(), plan.loss(), masterSeed, dir));
                    // Its own marker: a later `cablesim export --force` may replace what cablesim wrote here.
                    OutputMarker.finish(dir, Version.current(), loaded.scenarioSha256());
                }
            }
            output.commit(staging);
            cleanup.committed();
        } finally {
            if (journal != null) {
                journal.close();
            }
        }
        if (journal != null) {
            journal.delete();
        }
        if (progress instanceof TerminalProgress terminal) {
            terminal.close();
        }
        if (!options.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                out.print(SummaryJson.toText(summary, loaded.scenarioText()));
            } else {
                SummaryText.print(summary, output.target(), out);
            }
            exportLines.forEach(out::println);
            out.flush();
        }
        return violations(result, err);
    }

    /** Exit 3 (after the results are written) when a plan has links broken by design, unless allowed. */
    private int violations(StudyExecution result, PrintWriter err) {
        List<Problem> problems = new ArrayList<>();
        for (var plan : result.study().plans()) {
            problems.addAll(DesignChecks.of(plan.cabling(), "plans." + plan.name()));
        }
        if (problems.isEmpty() || allowViolations) {
            return ExitCodes.OK;
        }
        err.println("warning: " + problems.size() + " design problem(s); the results are written, but these plans"
                + " have links that fail by design (exit 3; --allow-violations to accept):");
        problems.forEach(p -> err.println("  " + p));
        return ExitCodes.PLAN_VIOLATIONS;
    }
}
