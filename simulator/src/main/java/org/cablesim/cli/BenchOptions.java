package org.cablesim.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every benchmark takes (seed, JSON output) and the way it prints what it measured. */
final class BenchOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    /** Prints the measurement (fields in order) as text lines or one JSON object. */
    void print(Map<String, Object> fields) {
        BenchOutput.print(spec.commandLine().getOut(), json, fields);
    }

    /** Rejects {@code value} below {@code min} as a bad argument of {@code option}. */
    void requireAtLeast(String option, long value, long min) {
        if (value < min) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": must be >= " + min + ", was " + value);
        }
    }
}
