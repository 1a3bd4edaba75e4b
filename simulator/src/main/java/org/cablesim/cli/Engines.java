package org.cablesim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.cablesim.search.EngineProvider;
import org.cablesim.search.EvaluationEngine;
import org.cablesim.search.LocalEngine;

/**
 * The engines {@code --engine} names: {@code local} (this machine's threads, always there) and any engine whose
 * module is on the class path (the Spark module registers {@code spark}).
 */
final class Engines {
    private Engines() {
    }

    /**
     * Opens the engine called {@code name}.
     *
     * @param localWorkers evaluations the local engine runs at once
     * @throws IllegalArgumentException with a user-facing message when no engine has that name here
     */
    static EvaluationEngine open(String name, int localWorkers) {
        if (name.equals(LocalEngine.NAME)) {
            return new LocalEngine(localWorkers);
        }
        List<String> known = new ArrayList<>(List.of(LocalEngine.NAME));
        for (EngineProvider provider : ServiceLoader.load(EngineProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.open();
            }
            known.add(provider.name());
        }
        String hint = name.equals("spark") ? "; the Spark engine is in the cablesim-spark jar: submit it with"
                + " spark-submit (README, 'On a cluster')" : "";
        throw new IllegalArgumentException("--engine: no engine '" + name + "' here (engines: "
                + String.join(", ", known) + ")" + hint);
    }
}
