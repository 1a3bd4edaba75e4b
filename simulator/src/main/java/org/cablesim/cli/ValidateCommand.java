package org.cablesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cablesim.io.LoadedScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cablesim validate FILE}: checks a scenario and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (fields, catalog ids, fabric feasibility); write nothing.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario file (.yaml, .yml or .json)")
    Path file;

    @Override
    public Integer call() {
        LoadedScenario loaded = ScenarioInput.load(file, spec.commandLine().getErr());
        if (loaded == null) {
            return ExitCodes.BAD_INPUT;
        }
        var fabric = loaded.fabric();
        spec.commandLine().getOut().printf("%s: valid — %d GPUs, %d servers, %d logical links, %d plan(s)%n",
                file, fabric.gpus(), fabric.servers(), fabric.links().size(), loaded.scenario().plans().size());
        return ExitCodes.OK;
    }
}
