package org.cablesim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cablesim import SOURCE}: reads a plant kept in another tool back into a scenario. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportNetboxCommand.class},
        description = "Import a plant kept in another tool into a scenario (netbox).")
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a source is required (netbox)");
    }
}
