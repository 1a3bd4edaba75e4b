package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.LoadedScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The panel view agrees with the channels: every lane's trunk leg lands on the panel port its channel names. */
class PanelLayoutTest {
    private static final LoadedScenario SMALL = InteropFixtures.load("small.yaml");

    @ParameterizedTest
    @ValueSource(strings = {"interconnect", "xconnect", "two-leg", "cassettes"})
    void trunkLegsLandWhereTheChannelsSay(String planName) {
        CablingPlan plan = InteropFixtures.route(SMALL, planName);
        List<PanelLayout.Panel> panels = PanelLayout.panels(plan);
        assertEquals(plan.counts().total().panels(), panels.size());
        assertEquals(panels.size(), panels.stream().map(PanelLayout.Panel::label).distinct().count());
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            ResolvedChannel rc = plan.channel(sub);
            List<PanelLayout.TrunkLeg> legs = PanelLayout.trunkLegs(plan, plan.trunkOf(sub));
            for (TrunkFibre f : rc.trunkFibres()) {
                PanelLayout.TrunkLeg leg = legs.get(f.nearLeg() - 1);
                assertEquals(f.farLeg(), leg.farLeg(), rc.linkId());
                assertRearPortOf(rc, TrunkSide.NEAR, leg.near(), panels);
                assertRearPortOf(rc, TrunkSide.FAR, leg.far(), panels);
            }
        }
    }

    /** The trunk-side mated pair of a side names the panel (and, for an adapter panel, the port) of the leg. */
    private static void assertRearPortOf(ResolvedChannel rc, TrunkSide side, PanelLayout.RearPort port,
            List<PanelLayout.Panel> panels) {
        MatedPair trunkSide = rc.matedPairs().stream()
                .filter(m -> m.side() == side && (m.role() == MatingRole.PANEL || m.role() == MatingRole.CASSETTE_REAR))
                .findFirst().orElseThrow();
        PanelLayout.Panel panel = panels.stream().filter(p -> p.label().equals(port.panel())).findFirst().orElseThrow();
        assertTrue(port.rearPort() <= panel.rearPorts(), rc.linkId());
        if (trunkSide.role() == MatingRole.PANEL) {
            assertEquals("panel " + port.panel() + "." + String.format("%02d", port.rearPort()), trunkSide.label());
        } else {
            // "cassette rear R01-01.U42.04-06": cassette c (0-based in the panel) holds front ports c·f+1 … and
            // rear ports c·r+1 … c·r+r.
            String range = trunkSide.label().substring("cassette rear ".length());
            assertTrue(range.startsWith(port.panel() + "."), trunkSide.label());
            int firstFront = Integer.parseInt(range.substring(port.panel().length() + 1, range.indexOf('-', port.panel().length())));
            int c = (firstFront - 1) / panel.frontPortsPerModule();
            int r = panel.rearPortsPerModule();
            assertTrue(port.rearPort() > c * r && port.rearPort() <= c * r + r, trunkSide.label() + " vs " + port);
        }
    }
}
