package org.cablesim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablesim.bench.KernelHoldBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablesim bench kernel}: the hold-model benchmark of the event kernel. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Hold model: N pending events, each rescheduling itself after an Exp(1) delay; M events timed.")
final class BenchKernelCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pending", paramLabel = "N", defaultValue = "1000", description = "pending events (default ${DEFAULT-VALUE})")
    int pending;

    @Option(names = "--events", paramLabel = "M", defaultValue = "10000000", description = "events timed (default ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (pending < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pending: must be >= 1, was " + pending);
        }
        if (events < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--events: must be >= 1, was " + events);
        }
        KernelHoldBenchmark.Result result = KernelHoldBenchmark.run(pending, events, seed);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("benchmark", "kernel-hold");
        fields.put("pending", result.pending());
        fields.put("events", result.events());
        fields.put("seconds", result.seconds());
        fields.put("eventsPerSecond", result.eventsPerSecond());
        BenchOutput.print(spec.commandLine().getOut(), json, fields);
        return ExitCodes.OK;
    }
}
