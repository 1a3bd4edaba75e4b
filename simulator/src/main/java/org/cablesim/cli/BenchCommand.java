package org.cablesim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cablesim bench …}: throughput benchmarks that print what they measured. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput of cablesim's engines (numbers go to stdout; --json for one JSON object).",
        subcommands = {BenchKernelCommand.class, BenchMonteCarloCommand.class, BenchPlantCommand.class,
                BenchLifecycleCommand.class, BenchLossCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark is required, e.g. kernel");
    }
}
