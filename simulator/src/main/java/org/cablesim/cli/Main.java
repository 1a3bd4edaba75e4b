package org.cablesim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the cablesim command line. */
@Command(
        name = "cablesim",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Simulates AI-cluster fabric cabling plans: routing, polarity, fibre counts, loss and lifecycle.",
        subcommands = {RunCommand.class, ValidateCommand.class, CatalogCommand.class, SchemaCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, validate, catalog)");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        // Autoflush only acts on println: output written with print (a catalog, a schema) must be flushed before exit.
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with {@code args}, writing to the given streams, and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println("error: " + exception.getMessage());
            exception.getCommandLine().getErr().println("see: " + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, parsed, parseResult) -> {
            parsed.getErr().println("internal error: " + exception);
            exception.printStackTrace(parsed.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }
}
