package org.cablesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.cablesim.lifecycle.LifecycleDefaults;
import org.cablesim.scenario.CleaningChoice;
import org.cablesim.scenario.ContaminationSpec;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.FlapSpec;
import org.cablesim.scenario.JobSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.scenario.TurnUpSpec;
import org.cablesim.scenario.UpgradeWaveSpec;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.UniformDistribution;
import org.cablesim.stats.WeibullDistribution;
import org.junit.jupiter.api.Test;

/** The lifecycle section: every knob read into hours, and every default equal to LifecycleDefaults. */
class LifecycleSectionTest {

    @Test
    void everyKnobIsReadInHours() throws Exception {
        LifecycleSpec s = ScenarioReader.read(TestFiles.scenario("valid/lifecycle-full.yaml")).lifecycle();
        assertEquals(3, s.replications());
        assertEquals(365, s.horizonDays(), 0);
        assertEquals(new TurnUpSpec(3, 1, 6, 12, 25), s.turnUp());
        assertEquals(0, s.repair().crews());
        assertEquals(new FixedDistribution(1.0 / 60), s.repair().detectionDelay());
        // Lognormal from (mean 2 h, p97 6 h): its mean and its 97th percentile come back.
        LognormalDistribution travel = assertInstanceOf(LognormalDistribution.class, s.repair().travel());
        assertEquals(2, travel.mean(), 1e-12);
        double z97 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.97);
        assertEquals(6, Math.exp(travel.muLog() + z97 * travel.sigmaLog()), 1e-12);
        WeibullDistribution swap = assertInstanceOf(WeibullDistribution.class,
                s.repair().replace().get(PartKind.TRANSCEIVER));
        assertEquals(1.5, swap.shape(), 0);
        assertEquals(2, swap.mean(), 1e-12);
        assertEquals(new FixedDistribution(1), s.repair().replace().get(PartKind.CORD));
        assertEquals(new ExponentialDistribution(8), s.repair().replace().get(PartKind.TRUNK));
        assertEquals(new UniformDistribution(1, 2), s.repair().replace().get(PartKind.CASSETTE));
        assertEquals(new UniformDistribution(LifecycleDefaults.SWAP_MIN_HOURS, LifecycleDefaults.SWAP_MAX_HOURS),
                s.repair().replace().get(PartKind.SWITCH_PORT));
        assertEquals(0.1, s.repair().misdiagnosisShare(), 0);
        assertEquals(new SparesSpec(Map.of(PartKind.TRANSCEIVER, 20), 0.02, 7), s.spares());
        assertEquals(new FailureLawSpec(0.01, 0.7), s.failures().get(PartKind.TRANSCEIVER));
        assertEquals(new FailureLawSpec(0, 1), s.failures().get(PartKind.TRUNK));
        assertEquals(new FailureLawSpec(LifecycleDefaults.CORD_PER_YEAR, 1), s.failures().get(PartKind.CORD));
        assertEquals(new FlapSpec(5, new ExponentialDistribution(3.0 / 3600)), s.flaps());
        assertEquals(CleaningChoice.CLEAN_ONLY, s.cleaning());
        // The dirty share follows the cleaning policy unless given.
        assertEquals(new ContaminationSpec(CleaningChoice.CLEAN_ONLY.defaultDirtyShare(), 0.4, LifecycleDefaults.DIRT_MAX_DB,
                LifecycleDefaults.DIRT_REFLECTANCE_RISE_DB), s.contamination());
        assertEquals(0.02, s.ageingDbPerYear(), 0);
        assertFalse(s.neighbourDisturbance());
        assertEquals(new JobSpec(256, 3, 20, 120), s.job());
        assertEquals(List.of(new UpgradeWaveSpec("to-dr8", 100, "leaf-spine", "800GBASE-DR8-2xMPO12", 4)),
                s.upgrades());
    }

    @Test
    void absentKnobsTakeTheLifecycleDefaults() {
        LifecycleSpec s = LifecycleSection.defaults().spec();
        assertEquals(8, s.replications());
        assertEquals(1825, s.horizonDays(), 0);
        assertEquals(new TurnUpSpec(LifecycleDefaults.TURN_UP_CREWS, LifecycleDefaults.MAX_REMATES,
                LifecycleDefaults.TEST_MINUTES, LifecycleDefaults.REMATE_MINUTES, LifecycleDefaults.REPLACE_MINUTES),
                s.turnUp());
        assertEquals(LifecycleDefaults.CREWS, s.repair().crews());
        assertEquals(new UniformDistribution(LifecycleDefaults.DETECTION_MIN_HOURS,
                LifecycleDefaults.DETECTION_MAX_HOURS), s.repair().detectionDelay());
        assertEquals(new FlapSpec(LifecycleDefaults.FLAPS_PER_LINK_YEAR,
                LifecycleDefaults.FLAP_DURATION_HOURS), s.flaps());
        assertEquals(CleaningChoice.INSPECT_ALWAYS, s.cleaning());
        assertEquals(CleaningChoice.INSPECT_ALWAYS.defaultDirtyShare(), s.contamination().dirtyShare(), 0);
        assertEquals(new SparesSpec(Map.of(), LifecycleDefaults.SPARES_FRACTION, LifecycleDefaults.RESTOCK_DAYS),
                s.spares());
        assertEquals(0, s.job().gpus());
        assertEquals(List.of(), s.upgrades());
        // the reader's defaults are the lifecycle model's
        assertEquals(LifecycleDefaults.repair(), s.repair());
        assertEquals(LifecycleDefaults.spares(), s.spares());
        assertEquals(LifecycleDefaults.turnUp(), s.turnUp());
        assertEquals(LifecycleDefaults.flaps(), s.flaps());
    }
}
