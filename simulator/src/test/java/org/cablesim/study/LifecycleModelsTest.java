package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablesim.io.LifecycleSection;
import org.cablesim.lifecycle.JobModel;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.FlapSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.UniformDistribution;
import org.cablesim.stats.WeibullDistribution;
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
        assertEquals(defaults.spares(), model.spares());
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
        Distribution w = new FailureLawSpec(0.01, 0.7).timeToFailureHours();
        assertInstanceOf(WeibullDistribution.class, w);
        assertEquals(LifecycleSpec.HOURS_PER_YEAR / 0.01, w.mean(), 1e-9 * w.mean());
        assertEquals(new ExponentialDistribution(LifecycleSpec.HOURS_PER_YEAR / 0.003),
                new FailureLawSpec(0.003, 1).timeToFailureHours());
        assertThrows(IllegalArgumentException.class, () -> new FailureLawSpec(0, 1).timeToFailureHours());
        var spec = LifecycleSection.defaults().spec();
        var failures = new java.util.EnumMap<>(spec.failures());
        failures.put(PartKind.TRUNK, new FailureLawSpec(0, 1));
        var noTrunks = new LifecycleSpec(1, 10, spec.turnUp(), spec.repair(), spec.spares(),
                failures, spec.flaps(), spec.cleaning(), spec.contamination(), 0, true, spec.job(), List.of());
        assertFalse(LifecycleModels.of(noTrunks, 8, List.of()).operations().timeToFailureHours()
                .containsKey(PartKind.TRUNK));
    }

    /* The scenario's duration distributions reach the model as they are, in hours. */
    @Test
    void durations() {
        var spec = LifecycleSection.defaults().spec();
        Map<PartKind, Distribution> replace = new EnumMap<>(PartKind.class);
        replace.put(PartKind.TRANSCEIVER, new FixedDistribution(2));
        replace.put(PartKind.CORD, new ExponentialDistribution(2));
        replace.put(PartKind.TRUNK, new UniformDistribution(1, 3));
        replace.put(PartKind.CASSETTE, new LognormalDistribution(Math.log(2), 0.5));
        replace.put(PartKind.SWITCH_PORT, new WeibullDistribution(1.5, 3));
        RepairSpec repair = new RepairSpec(3, new ExponentialDistribution(0.1), new WeibullDistribution(0.8, 0.5),
                replace, 0.1);
        LifecycleSpec withRepair = new LifecycleSpec(1, 10, spec.turnUp(), repair, spec.spares(), spec.failures(),
                new FlapSpec(1, new UniformDistribution(0, 0.01)), spec.cleaning(), spec.contamination(), 0, true,
                spec.job(), List.of());
        LifecycleModel model = LifecycleModels.of(withRepair, 8, List.of());
        assertEquals(new ExponentialDistribution(0.1), model.repairs().detectionDelay());
        assertEquals(new WeibullDistribution(0.8, 0.5), model.repairs().travel());
        assertEquals(new UniformDistribution(0, 0.01), model.operations().flaps().duration());
        for (PartKind kind : PartKind.values()) {
            assertEquals(replace.get(kind), model.repairs().replace().get(kind));
        }
    }
}
