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
        subcommands = {RunCommand.class, SearchCommand.class, ValidateCommand.class, CatalogCommand.class,
                SchemaCommand.class, BenchCommand.class, CompletionCommand.class, ManCommand.class, ExportCommand.class,
                ImportCommand.class, UpdateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "on failure, print the stack trace too")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, validate, catalog)");
    }

    /** Whether the streams are the process's own stdout and stderr (then stderr may be a terminal). */
    boolean processStreams;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err, true);
        // Autoflush only acts on println: output written with print (a catalog, a schema) must be flushed before exit.
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with {@code args}, writing to the given streams, and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, false);
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, boolean processStreams) {
        Main main = new Main();
        main.processStreams = processStreams;
        CommandLine commandLine = new CommandLine(main);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println("error: " + exception.getMessage());
            exception.getCommandLine().getErr().println("see: " + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.BAD_INPUT;
        });
        boolean debug = debugRequested(args);
        commandLine.setExecutionExceptionHandler((exception, parsed, parseResult) ->
                Failures.report(exception, parsed.getErr(), debug));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return Failures.report(e, err, debug);
        }
    }

    /** Whether {@code --debug} appears among the options (before a {@code --} end-of-options marker). */
    private static boolean debugRequested(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--debug")) {
                return true;
            }
        }
        return false;
    }
}
