package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cablesim.io.ScenarioSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablesim schema}: prints or writes the JSON Schema of scenario files, for editor support. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files (editor completion and checking).")
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "write the schema to FILE instead of printing it")
    Path out;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String schema = ScenarioSchema.json();
        if (out == null) {
            stdout.print(schema);
            stdout.flush();
            return ExitCodes.OK;
        }
        if (Files.isDirectory(out)) {
            err.println("error: --out: '" + out + "' is a directory");
            return ExitCodes.BAD_INPUT;
        }
        if (Files.exists(out) && !force) {
            err.println("error: --out: '" + out + "' exists; add --force to replace it");
            return ExitCodes.BAD_INPUT;
        }
        try {
            Files.writeString(out, schema, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: --out: cannot write '" + out + "': " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        stdout.println("wrote " + out);
        return ExitCodes.OK;
    }
}
