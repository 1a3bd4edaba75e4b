package org.cablesim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cablesim.io.LoadedScenario;
import org.cablesim.scenario.Problem;
import org.cablesim.study.WorkEstimate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cablesim validate FILE}: checks a scenario, estimates its work, and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file (fields, catalog ids, fabric feasibility, every plan's design checks) and",
                "estimate its work and memory; write nothing. Exit 0 when valid, 2 with every problem listed."})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario file (.yaml, .yml or .json)")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: {file, valid, problems: [{path, message}], …} on stdout")
    OutputFormat format;

    @Option(names = "--no-work-limit", description = "accept a scenario whose estimated work or memory exceeds "
            + "what this machine can do")
    boolean noWorkLimit;

    @Override
    public Integer call() throws JsonProcessingException {
        int threads = Runtime.getRuntime().availableProcessors();
        ScenarioInput.Outcome outcome = ScenarioInput.read(file, WorkLimit.forRun(threads, noWorkLimit), true);
        LoadedScenario loaded = outcome.loaded();
        if (format == OutputFormat.JSON) {
            printJson(outcome, threads);
        } else if (loaded == null) {
            ScenarioInput.print(file, outcome.problems(), spec.commandLine().getErr());
        } else {
            var fabric = outcome.prepared().fabric();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: valid — %d GPUs, %d servers, %d logical links, %d plan(s)%n",
                    file, fabric.gpus(), fabric.servers(), fabric.links().size(), loaded.scenario().plans().size());
            WorkEstimate estimate = WorkLimit.estimate(loaded, threads);
            out.printf("estimated run: about %s on %d thread(s) — %s%n",
                    TerminalProgress.duration(estimate.wallSeconds(threads)), threads,
                    WorkLimit.describe(estimate, threads));
        }
        return loaded == null ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private void printJson(ScenarioInput.Outcome outcome, int threads) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.toString());
        root.put("valid", outcome.loaded() != null);
        ArrayNode problems = root.putArray("problems");
        for (Problem problem : outcome.problems()) {
            problems.addObject().put("path", problem.path()).put("message", problem.message());
        }
        LoadedScenario loaded = outcome.loaded();
        if (loaded != null) {
            root.put("scenario", loaded.scenario().name());
            root.put("gpus", outcome.prepared().fabric().gpus());
            root.put("servers", outcome.prepared().fabric().servers());
            root.put("links", outcome.prepared().fabric().links().size());
            root.put("plans", loaded.scenario().plans().size());
            root.put("sweepPoints", loaded.sweepPoints().size());
            WorkEstimate estimate = WorkLimit.estimate(loaded, threads);
            ObjectNode work = root.putObject("estimate");
            work.put("threads", threads);
            work.put("wallSeconds", estimate.wallSeconds(threads));
            work.put("plantCpuSeconds", estimate.plantSeconds());
            work.put("lossCpuSeconds", estimate.lossSeconds());
            work.put("lifecycleCpuSeconds", estimate.lifecycleSeconds());
            work.put("heapBytes", (long) estimate.heapBytes());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(mapper.writeValueAsString(root));
        out.flush();
    }
}
