package org.cablesim.search;

import java.util.List;
import org.cablesim.io.ScenarioVariant;
import org.cablesim.io.SearchSection;
import org.cablesim.io.Setting;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.study.SearchCandidate;

/** A search candidate written out as a scenario of its own: the file's text with the candidate's choices. */
public final class FrontScenarios {
    private FrontScenarios() {
    }

    /**
     * The scenario file of {@code candidate}: one plan, named after the candidate, with its choices applied.
     *
     * @throws InvalidInputException when the candidate's choices do not fit the file (not for a front plan)
     */
    public static String yaml(StudyJob job, SearchSection section, SearchCandidate candidate)
            throws InvalidInputException {
        List<Setting> settings = DesignSearch.settings(section, DesignSearch.index(candidate.name()));
        return "# " + candidate.name() + ": plan " + section.plan() + " with "
                + String.join(", ", describe(section, candidate)) + "\n"
                + ScenarioVariant.planFile(job.scenarioText(), job.file(), settings, section.planIndex(),
                        candidate.name());
    }

    private static List<String> describe(SearchSection section, SearchCandidate candidate) {
        return java.util.stream.IntStream.range(0, section.choices().size())
                .mapToObj(i -> section.choices().get(i).parameter() + " = " + candidate.choices().get(i)).toList();
    }
}
