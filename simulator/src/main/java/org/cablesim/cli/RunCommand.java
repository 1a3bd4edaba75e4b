package org.cablesim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cablesim.io.LoadedScenario;
import org.cablesim.report.ComparisonSummary;
import org.cablesim.report.ResultFiles;
import org.cablesim.report.TextTable;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.StudyResult;
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

    @Option(names = "--out", paramLabel = "DIR",
            description = "output directory (default: results/runs/<scenario-name>, or the next free -2, -3, …)")
    Path out;

    @Option(names = "--force", description = "replace the --out directory if it exists and cablesim wrote it")
    boolean force;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: available processors); results do not depend on it")
    Integer threads;

    @Option(names = "--quiet", description = "print nothing on success and show no progress")
    boolean quiet;

    @Option(names = "--only", paramLabel = "PLAN", description = "run only this plan variant (it becomes the baseline)")
    String only;

    @Option(names = "--no-plan-files", description = "write only summary.json, report.html and comparison.csv "
            + "(no per-plan cable schedules, link lists, BOMs, graphs)")
    boolean noPlanFiles;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "${env:CABLESIM_PROGRESS:-auto}",
            description = "show progress on stderr: auto (when stderr is a terminal), always, never "
                    + "(default: $CABLESIM_PROGRESS or auto)")
    ProgressMode progressMode;

    @Option(names = "--no-work-limit", description = "run even when the up-front work or memory estimate exceeds"
            + " what this machine can do (see validate)")
    boolean noWorkLimit;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads: must be in 1..1024, was " + threadCount);
        }
        boolean processStreams = spec.parent() != null && spec.parent().userObject() instanceof Main main
                && main.processStreams;
        try (TerminalProgress progress = TerminalProgress.create(err, progressMode, quiet, processStreams)) {
            return run(err, threadCount, progress);
        }
    }

    private int run(PrintWriter err, int threadCount, ProgressListener progress) throws IOException {
        progress.stage("read scenario, generate fabric", 0);
        LoadedScenario loaded = ScenarioInput.load(file, err, WorkLimit.forRun(threadCount, noWorkLimit));
        if (loaded == null) {
            return ExitCodes.BAD_INPUT;
        }
        OutputDirectory output;
        try {
            output = OutputDirectory.choose(out, force, Path.of("results", "runs"), loaded.scenario().name(), file);
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
        long masterSeed = seed != null ? seed : scenario.run().seed();
        // Created before computing: an unwritable location fails now, not after the whole study.
        ObjectNode summary;
        StudyExecution result;
        try (StagingCleanup cleanup = output.createStaging(Version.current(), loaded.scenarioSha256())) {
            Path staging = cleanup.path();
            result = StudyExecution.run(loaded, scenario, only, masterSeed, threadCount, progress);
            progress.stage("write results", 0);
            summary = ResultFiles.summaryTree(result.study(), loaded.scenarioText(), result.sweeps(),
                    scenario.study().baselinePlan());
            ResultFiles.write(summary, result.study(), staging, !noPlanFiles);
            output.commit(staging);
            cleanup.committed();
        }
        if (progress instanceof TerminalProgress terminal) {
            terminal.close();
        }
        if (!quiet) {
            // Hook for a machine-readable summary (--format json): it would print from the same summary tree.
            printSummary(result.study(), summary, output.target());
        }
        return ExitCodes.OK;
    }

    private void printSummary(StudyResult result, ObjectNode summary, Path target) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("scenario %s, seed %d%n%n", result.scenarioName(), result.seed());
        var fabric = result.plans().get(0).fabric();
        TextTable table = new TextTable("fabric", "GPUs", "servers", "leaf", "spine", "core", "links");
        table.row("(all plans)", Long.toString(fabric.gpus()), Integer.toString(fabric.servers()),
                Integer.toString(fabric.leaves()), Integer.toString(fabric.spines()),
                Integer.toString(fabric.cores()), Integer.toString(fabric.totalLinks()));
        out.print(table.render());
        out.println();
        out.print(PlanComparison.table(result.plans()).render());
        TextTable reliability = ComparisonSummary.metricsTable(summary, ComparisonSummary.RELIABILITY_METRICS);
        if (reliability != null) {
            out.println();
            out.print(reliability.render());
        }
        TextTable differences = ComparisonSummary.differencesTable(summary);
        if (differences != null) {
            out.println();
            out.print(differences.render());
        }
        result.robustness().ifPresent(r -> out.printf("%n%s%n", r.line()));
        out.printf("%nresults: %s%n", target);
    }
}
