package org.cablesim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cablesim completion}: prints the shell completion script picocli generates from the commands. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash and zsh (zsh through bashcompinit).",
                "Use: source <(./cablesim completion)   or save it under /etc/bash_completion.d/cablesim"})
final class CompletionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("cablesim", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
