package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TrunkChoice;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * Splice points along high-fibre-count trunks ({@code trunk.splicePoints}), on the 24-server unit of
 * {@link PlantFixtures#unit24} with DR4 on 12 x MPO-12 trunks: 16 trunks per tier of 144 fibres.
 */
class SpliceTest {
    private static final LogicalFabric DR4 = PlantFixtures.unit24("400GBASE-DR4", 400);

    /*
     * One splice point: every channel is cord, adapter, span 1, splice, span 2, adapter, cord; the polarity checks
     * still pass (fibre k to fibre k); 16 trunks x 144 fibres = 2,304 fibre splices per tier, priced at $3 each plus
     * one $400 enclosure per trunk; each channel's optical view has the splice-fusion connection between the two
     * panel adapters.
     */
    @Test
    void aSplicePointIsCountedPricedTracedAndDrawn() {
        TrunkChoice spliced = new TrunkChoice(Optional.of("MPO-12"), OptionalInt.of(12), Optional.of(PolarityType.B),
                false, Optional.empty(), Optional.empty(), 1, 1);
        CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p", TierCabling.defaults().withTrunk(spliced)));
        assertEquals(List.of(), plan.violations());
        TierCounts c = plan.counts().byTier().get("server-leaf");
        assertEquals(2304, c.fibreSplices());
        assertEquals(2304 * 3 + 16 * 400, BreakoutFixtures.cost(plan, "server-leaf", BomLine.Category.TRUNKS, "fusion")
                + BreakoutFixtures.cost(plan, "server-leaf", BomLine.Category.TRUNKS, "splice"), 1e-9);
        ResolvedChannel rc = plan.channel(0);
        assertEquals(List.of(ElementKind.CORD, ElementKind.ADAPTER, ElementKind.TRUNK, ElementKind.SPLICE,
                ElementKind.TRUNK, ElementKind.ADAPTER, ElementKind.CORD),
                rc.elements().stream().map(ResolvedElement::kind).toList());
        assertEquals("splice T000001 #1", rc.elements().get(3).label());
        assertEquals(rc.lengthM(), plan.channelLengthM(0), 1e-9);
        OpticalChannel optical = plan.optical(0, false).orElseThrow();
        List<String> types = optical.connections().stream().map(OpticalConnection::elementType).toList();
        assertEquals(List.of("server-leaf/panel-near/mpo-standard", "server-leaf/splice-1/splice-fusion",
                "server-leaf/panel-far/mpo-standard"), types);
        BreakoutTest.assertTxLandsOnRx(rc);
        // The trunk fibres are read across all spans: DR4's 8 lanes on 8 fibres of leg 1 at both ends.
        assertEquals(8, rc.trunkFibres().size());
        assertTrue(rc.trunkFibres().stream().allMatch(f -> f.trunkId().equals("T000001") && f.nearLeg() == 1));
    }
}
