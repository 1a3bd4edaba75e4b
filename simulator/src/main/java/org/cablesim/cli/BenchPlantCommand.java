package org.cablesim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablesim.bench.PlantBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablesim bench plant}: generate and route the plant of a large rail-optimised fabric. */
@Command(name = "plant", mixinStandardHelpOptions = true,
        description = {"Generates a rail-optimised 3-tier fabric of about GPUS GPUs (radix-128 800G switches,",
                "2x400G breakout) and routes a structured interconnect plan through panels and trunks."})
final class BenchPlantCommand implements Callable<Integer> {
    @Option(names = "--gpus", paramLabel = "N", defaultValue = "100000", description = "GPUs (default ${DEFAULT-VALUE})")
    long gpus;

    @CommandLine.Mixin
    BenchOptions bench;

    @Override
    public Integer call() {
        bench.requireAtLeast("--gpus", gpus, 1);
        PlantBenchmark.Result result = PlantBenchmark.run(gpus, bench.seed);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("benchmark", "plant");
        fields.put("gpus", result.gpus());
        fields.put("links", result.links());
        fields.put("channels", result.channels());
        fields.put("trunks", result.trunks());
        fields.put("violations", result.violations());
        fields.put("fabricSeconds", result.fabricSeconds());
        fields.put("routeSeconds", result.routeSeconds());
        fields.put("checkSeconds", result.checkSeconds());
        fields.put("countSeconds", result.countSeconds());
        fields.put("plantSeconds", result.plantSeconds());
        fields.put("peakHeapMiB", result.peakHeapBytes() / 1048576.0);
        fields.put("retainedHeapMiB", result.retainedHeapBytes() / 1048576.0);
        bench.print(fields);
        return ExitCodes.OK;
    }
}
