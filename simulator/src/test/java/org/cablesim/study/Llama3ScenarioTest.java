package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cablesim.io.LoadedScenario;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.stats.Estimate;
import org.cablesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * scenarios/llama3-16k.yaml against Llama 3 (table 5): 16,384 GPUs, 54 days, 35 switch/cable + 7 NIC = 42
 * network-related interruptions. The model's network-caused job interruptions in 54 days must land in the same
 * order of magnitude, 10–200. The file's rates put the expectation near 34 with a per-replication spread of about
 * ±6 (Poisson), so with 3 replications the bounds lie more than 6 standard errors away: the false-failure rate is
 * below 1e-9 (fixed seed, so in practice the outcome is fixed).
 */
class Llama3ScenarioTest {

    @Test
    void networkInterruptionsInTheSameOrderOfMagnitudeAsLlama3() {
        LoadedScenario loaded = StudyFixtures.shipped("llama3-16k.yaml");
        Scenario s = loaded.scenario();
        assertEquals(16_384, s.cluster().gpus());
        assertEquals(54, s.lifecycle().horizonDays(), 0);
        assertEquals(0, s.lifecycle().job().gpus(), "one job on every GPU");
        Scenario light = new Scenario(s.name(), s.description(), s.run(), s.cluster(), s.fabric(), s.floor(),
                s.catalog(), s.plans(), s.montecarlo(), s.lifecycle().withRun(3, 54), s.study());
        PlanLifecycle life = PlanLifecycleRunner.run(StudyFixtures.route(loaded, "structured"), light,
                s.run().seed(), 2);
        assertEquals(3 * 16_384, life.linksSimulated());
        Estimate perYear = life.result().jobInterruptionsPerYear();
        double in54Days = perYear.mean() * 54 * 24 / LifecycleSpec.HOURS_PER_YEAR;
        assertTrue(in54Days >= 10 && in54Days <= 200, () -> "interruptions in 54 days: " + in54Days);
    }
}
