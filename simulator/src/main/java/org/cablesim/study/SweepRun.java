package org.cablesim.study;

import java.util.Objects;

/**
 * The study run at one value of a parameter sweep.
 *
 * @param sweepIndex index of the sweep in the scenario's {@code study.sweeps}, ≥ 0
 * @param parameter  the swept field's path as written
 * @param valueText  the value as written
 * @param result     the study at that value (same seed as the base run)
 */
public record SweepRun(int sweepIndex, String parameter, String valueText, StudyResult result) {
    public SweepRun {
        if (sweepIndex < 0) {
            throw new IllegalArgumentException("sweepIndex must be >= 0, was " + sweepIndex);
        }
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(result, "result");
    }
}
