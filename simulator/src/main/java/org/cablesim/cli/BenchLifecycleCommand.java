package org.cablesim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablesim.bench.LifecycleBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablesim bench lifecycle}: one lifecycle replication of a large fabric. */
@Command(name = "lifecycle", mixinStandardHelpOptions = true,
        description = "Simulates YEARS of operation of a rail-optimised fabric of about GPUS GPUs (one replication).")
final class BenchLifecycleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gpus", paramLabel = "N", defaultValue = "100000", description = "GPUs (default ${DEFAULT-VALUE})")
    long gpus;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "5", description = "simulated years (default ${DEFAULT-VALUE})")
    double years;


    @CommandLine.Mixin
    BenchOptions bench;

    @Override
    public Integer call() {
        bench.requireAtLeast("--gpus", gpus, 8);
        if (!(years > 0 && years <= 100)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--years: must be in (0, 100], was " + years);
        }
        LifecycleBenchmark.Result result = LifecycleBenchmark.run(gpus, years, bench.seed, 1);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("benchmark", "lifecycle");
        fields.put("gpus", gpus);
        fields.put("years", years);
        fields.put("links", result.links());
        fields.put("components", result.components());
        fields.put("buildSeconds", result.buildSeconds());
        fields.put("laySeconds", result.laySeconds());
        fields.put("seconds", result.seconds());
        fields.put("events", result.events());
        fields.put("eventsPerSecond", result.eventsPerSecond());
        bench.print(fields);
        return ExitCodes.OK;
    }
}
