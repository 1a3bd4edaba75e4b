package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.TierCabling;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Channels of one shape share lanes and optical connections: building every channel gives the same as its shape. */
class ChannelShapeTest {
    private static final LogicalFabric DR4 = PlantFixtures.unit24("400GBASE-DR4", 400);

    @ParameterizedTest
    @EnumSource(value = Architecture.class, names = "COPPER", mode = EnumSource.Mode.EXCLUDE)
    void everyChannelMatchesItsShape(Architecture architecture) {
        CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p",
                TierCabling.defaults().withArchitecture(architecture)));
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            ResolvedChannel rc = plan.channel(sub);
            ChannelShape shape = plan.shape(sub);
            assertEquals(shape.litFibres().size(), rc.litFibres().size(), "lanes of channel " + sub);
            for (boolean mdi : new boolean[] {false, true}) {
                List<OpticalConnection> own = OpticalView.connections(rc, rc.litFibres(), mdi);
                assertEquals(own, shape.connections(mdi), "connections of channel " + sub);
            }
        }
    }
}
