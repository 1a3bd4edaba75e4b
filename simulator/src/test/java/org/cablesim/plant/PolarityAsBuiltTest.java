package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * The polarity method a tier's parts build is named from the parts: on single-mode APC MPO the default and "B with
 * Type-A adapters" both build U1 (Type-B trunk and cords, key-up/key-down adapters), and say so when B was named;
 * Method A names itself; a multimode PC tier defaults to B with key-up/key-up adapters.
 */
class PolarityAsBuiltTest {
    private static final LogicalFabric DR4 = PlantFixtures.unit24("400GBASE-DR4", 400);
    private static final LogicalFabric SR4 = PlantFixtures.unit24("400GBASE-SR4", 400);

    @Test
    void theMethodIsNamedFromTheParts() {
        assertEquals("U1", built(DR4, TierCabling.defaults()).describe());
        PolarityAsBuilt namedB = built(DR4, TierCabling.defaults().withMethod(PolarityMethod.B)
                .withAdapterType(AdapterKeying.KEY_UP_KEY_DOWN));
        assertEquals("U1 (named B: Type-B trunk, Type-A adapters, Type-B/Type-B cords)", namedB.describe());
        assertEquals("A", built(DR4, PlantFixtures.interconnect(PolarityMethod.A)).describe());
        assertEquals("B", built(SR4, TierCabling.defaults()).built());
        assertEquals("U2", built(SR4, PlantFixtures.interconnect(PolarityMethod.U2)).describe());
        assertEquals("custom", built(DR4, TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-12", 12,
                PolarityType.A, false))).built());
        assertEquals("direct Type-B", built(DR4, TierCabling.defaults().withArchitecture(Architecture.DIRECT))
                .built());
    }

    /* Every built method that works is sound: the U1 default and named A pass the checks on SM APC. */
    @Test
    void theDefaultsBuildWorkingChannels() {
        for (TierCabling c : List.of(TierCabling.defaults(), PlantFixtures.interconnect(PolarityMethod.A))) {
            assertEquals(List.of(), PlantFixtures.route(DR4, PlantFixtures.plan("p", c)).violations());
        }
        assertEquals(List.of(), PlantFixtures.route(SR4, PlantFixtures.plan("p", TierCabling.defaults()))
                .violations());
    }

    private static PolarityAsBuilt built(LogicalFabric fabric, TierCabling cabling) {
        return PlantFixtures.route(fabric, PlantFixtures.plan("p", cabling)).tiers().get(0).polarityAsBuilt();
    }
}
