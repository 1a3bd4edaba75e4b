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
    @Option(names = "--pending", paramLabel = "N", defaultValue = "1000", description = "pending events (default ${DEFAULT-VALUE})")
    int pending;

    @Option(names = "--events", paramLabel = "M", defaultValue = "10000000", description = "events timed (default ${DEFAULT-VALUE})")
    long events;


    @CommandLine.Mixin
    BenchOptions bench;

    @Override
    public Integer call() {
        bench.requireAtLeast("--pending", pending, 1);
        bench.requireAtLeast("--events", events, 1);
        KernelHoldBenchmark.Result result = KernelHoldBenchmark.run(pending, events, bench.seed);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("benchmark", "kernel-hold");
        fields.put("pending", result.pending());
        fields.put("events", result.events());
        fields.put("seconds", result.seconds());
        fields.put("eventsPerSecond", result.eventsPerSecond());
        bench.print(fields);
        return ExitCodes.OK;
    }
}
