package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.cablesim.io.LifecycleSection;
import org.cablesim.lifecycle.ComponentKind;
import org.cablesim.lifecycle.Distribution;
import org.cablesim.lifecycle.JobModel;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.scenario.DurationSpec;
import org.cablesim.scenario.FailureLawSpec;
import org.junit.jupiter.api.Test;

/** The scenario's lifecycle settings map onto the simulation's model value for value. */
class LifecycleModelsTest {

    /* A scenario without a lifecycle section runs exactly LifecycleModel.defaults(). */
    @Test
    void theDefaultSectionIsTheDefaultModel() {
        LifecycleModel model = LifecycleModels.of(LifecycleSection.defaults().spec(), 8, List.of());
        LifecycleModel defaults = LifecycleModel.defaults();
        assertEquals(defaults.turnUp(), model.turnUp());
        assertEquals(defaults.operations(), model.operations());
        assertEquals(defaults.repairs(), model.repairs());
        JobModel job = model.jobs();
        assertEquals(defaults.jobs().gpusPerServer(), job.gpusPerServer());
        assertEquals(defaults.jobs().gpusPerJob(), job.gpusPerJob());
        assertEquals(defaults.jobs().checkpointIntervalHours(), job.checkpointIntervalHours(), 0);
        assertEquals(defaults.jobs().restartHours(), job.restartHours(), 0);
        assertEquals(defaults.jobs().toleranceHours(), job.toleranceHours(), 1e-18);
    }

    /* Weibull failure laws keep the mean life 1 / perYear; shape 1 is the exponential; perYear 0 never fails. */
    @Test
    void failureLaws() {
        Distribution w = LifecycleModels.timeToFailure(new FailureLawSpec(0.01, 0.7));
        assertInstanceOf(Distribution.Weibull.class, w);
        assertEquals(Distribution.HOURS_PER_YEAR / 0.01, w.mean(), 1e-9 * w.mean());
        assertEquals(Distribution.exponentialPerYear(0.003), LifecycleModels.timeToFailure(new FailureLawSpec(0.003, 1)));
        var spec = LifecycleSection.defaults().spec();
        var failures = new java.util.EnumMap<>(spec.failures());
        failures.put(org.cablesim.scenario.PartKind.TRUNK, new FailureLawSpec(0, 1));
        var noTrunks = new org.cablesim.scenario.LifecycleSpec(1, 10, spec.turnUp(), spec.repair(), spec.spares(),
                failures, spec.flaps(), spec.cleaning(), spec.contamination(), 0, true, spec.job(), List.of());
        assertFalse(LifecycleModels.of(noTrunks, 8, List.of()).operations().timeToFailureHours()
                .containsKey(ComponentKind.TRUNK));
    }

    @Test
    void durations() {
        assertEquals(Distribution.fixed(2), LifecycleModels.distribution(new DurationSpec.Fixed(2)));
        assertEquals(Distribution.exponential(2), LifecycleModels.distribution(new DurationSpec.Exponential(2)));
        assertEquals(Distribution.uniform(1, 3), LifecycleModels.distribution(new DurationSpec.Uniform(1, 3)));
        assertEquals(new Distribution.Lognormal(2, 0.5),
                LifecycleModels.distribution(new DurationSpec.Lognormal(2, 0.5)));
        assertEquals(new Distribution.Weibull(1.5, 3), LifecycleModels.distribution(new DurationSpec.Weibull(1.5, 3)));
    }
}
