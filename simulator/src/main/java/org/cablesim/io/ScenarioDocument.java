package org.cablesim.io;

import java.util.Objects;
import org.cablesim.scenario.Scenario;

/**
 * Everything a scenario file says: the validated {@link Scenario} plus the sections not yet mapped into the
 * domain (Monte Carlo, lifecycle, study), validated for shape so that later work only has to map them.
 *
 * @param scenario   the validated scenario
 * @param montecarlo the {@code montecarlo} section, defaults when absent
 * @param lifecycle  the {@code lifecycle} section, defaults when absent
 * @param study      the {@code study} section; baseline defaults to the first plan
 * @param search     the {@code search} section, or null when the file has none
 */
public record ScenarioDocument(Scenario scenario, MonteCarloSection montecarlo, LifecycleSection lifecycle,
        StudySection study, SearchSection search) {
    public ScenarioDocument {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(montecarlo, "montecarlo");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(study, "study");
    }

    /** A document without a search section. */
    public ScenarioDocument(Scenario scenario, MonteCarloSection montecarlo, LifecycleSection lifecycle,
            StudySection study) {
        this(scenario, montecarlo, lifecycle, study, null);
    }
}
