package org.cablesim.lifecycle;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runs() {
        LifecyclePlant plant = LifecyclePlants.fromFabric(TestFabrics.rail(64, 2), PlantShape.defaults().withCassettes(true));
        LifecycleResult r = LifecycleSimulator.run(plant, LifecycleModel.defaults(), new LifecycleSettings(4, 365, 1, 2));
        System.out.println(r.turnUp());
        System.out.println(r.availability());
        System.out.println(r.failuresPerYear());
        System.out.println(r.jobInterruptionsPerYear() + " " + r.lostGpuHoursPerYear() + " " + r.crewUtilisation() + " " + r.repairWaitHours() + " " + r.disturbedRematingsPerYear() + " events " + r.events());
        System.out.println(r.timeline().subList(0, 5));
    }
}
