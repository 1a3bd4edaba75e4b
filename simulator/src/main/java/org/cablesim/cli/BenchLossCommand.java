package org.cablesim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cablesim.bench.LossBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablesim bench loss}: installation-loss estimates of every link of a large routed plan. */
@Command(name = "loss", mixinStandardHelpOptions = true,
        description = {"Routes the plant of a rail-optimised fabric of about GPUS GPUs (untimed), then times the",
                "loss estimates of all its links: channels, link classes, exact / plain / importance sampling."})
final class BenchLossCommand implements Callable<Integer> {
    @Option(names = "--gpus", paramLabel = "N", defaultValue = "100000", description = "GPUs (default ${DEFAULT-VALUE})")
    long gpus;

    @Option(names = "--threads", paramLabel = "K", description = "worker threads (default: available processors)")
    Integer threads;


    @CommandLine.Mixin
    BenchOptions bench;

    @Override
    public Integer call() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        bench.requireAtLeast("--gpus", gpus, 1);
        bench.requireAtLeast("--threads", threadCount, 1);
        LossBenchmark.Result result = LossBenchmark.run(gpus, bench.seed, threadCount);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("benchmark", "loss");
        fields.put("gpus", result.gpus());
        fields.put("links", result.links());
        fields.put("channels", result.channels());
        fields.put("classes", result.classes());
        fields.put("classesByMethod", new TreeMap<>(result.classesByMethod()));
        fields.put("trials", result.trials());
        fields.put("threads", result.threads());
        fields.put("inputSeconds", result.inputSeconds());
        fields.put("estimateSeconds", result.estimateSeconds());
        fields.put("lossSeconds", result.lossSeconds());
        fields.put("expectedFailingLinks", result.expectedFailingLinks());
        fields.put("linkFailureProbability", result.linkFailureProbability());
        bench.print(fields);
        return ExitCodes.OK;
    }
}
