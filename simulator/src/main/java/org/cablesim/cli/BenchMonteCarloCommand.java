package org.cablesim.cli;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablesim.bench.MonteCarloBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablesim bench montecarlo}: the reference plain Monte Carlo workload, run by the loss engine. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = {"Reference workload: every link has LANES lanes through CONNECTORS mated pairs, each pair's",
                "per-lane loss lognormal calibrated to grade C (mean 0.25 dB, p97 0.50 dB), plus 0.5 dB/km over a",
                "length uniform in 20-300 m; budget 3.0 dB; each link one class of the loss engine's plain Monte",
                "Carlo (margins from its subsample, pass bounds for the other trials)."})
final class BenchMonteCarloCommand implements Callable<Integer> {
    @Option(names = "--links", paramLabel = "N", defaultValue = "100", description = "links (default ${DEFAULT-VALUE})")
    int links;

    @Option(names = "--trials", paramLabel = "T", defaultValue = "100000", description = "trials per link (default ${DEFAULT-VALUE})")
    long trials;

    @Option(names = "--connectors", paramLabel = "C", defaultValue = "4", description = "mated pairs per link (default ${DEFAULT-VALUE})")
    int connectors;

    @Option(names = "--lanes", paramLabel = "L", defaultValue = "8", description = "lanes per link (default ${DEFAULT-VALUE})")
    int lanes;

    @Option(names = "--threads", paramLabel = "K", description = "worker threads (default: available processors)")
    Integer threads;


    @CommandLine.Mixin
    BenchOptions bench;

    @Override
    public Integer call() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        bench.requireAtLeast("--links", links, 1);
        bench.requireAtLeast("--trials", trials, 1);
        bench.requireAtLeast("--connectors", connectors, 1);
        bench.requireAtLeast("--lanes", lanes, 1);
        bench.requireAtLeast("--threads", threadCount, 1);
        MonteCarloBenchmark.Result result =
                MonteCarloBenchmark.run(links, trials, connectors, lanes, threadCount, bench.seed,
                        BenchMonteCarloCommand::processCpuNanos);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("benchmark", "montecarlo");
        fields.put("links", result.links());
        fields.put("trialsPerLink", result.trialsPerLink());
        fields.put("connectors", result.connectors());
        fields.put("lanes", result.lanes());
        fields.put("threads", result.threads());
        fields.put("samples", result.samples());
        fields.put("seconds", result.seconds());
        fields.put("cpuSeconds", result.cpuSeconds());
        fields.put("samplesPerSecond", result.samplesPerSecond());
        fields.put("samplesPerSecondPerThread", result.samplesPerSecondPerThread());
        fields.put("failures", result.failures());
        fields.put("failFraction", result.failFraction());
        bench.print(fields);
        return ExitCodes.OK;
    }

    /** CPU time of the whole process so far, ns (−1 where the JVM does not report it). */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
