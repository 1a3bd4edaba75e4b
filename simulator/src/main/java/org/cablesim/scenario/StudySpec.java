package org.cablesim.scenario;

import java.util.Objects;

/**
 * Settings of the comparison between plan variants.
 *
 * @param baselinePlan name of the plan the others are compared against
 */
public record StudySpec(String baselinePlan) {
    public StudySpec {
        Objects.requireNonNull(baselinePlan, "baselinePlan");
    }
}
