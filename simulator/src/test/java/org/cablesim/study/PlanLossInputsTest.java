package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cablesim.io.LoadedScenario;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.montecarlo.LinkClass;
import org.cablesim.montecarlo.LinkClassifier;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.optics.LossCalibration;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ResolvedElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The adapter from routed channels to loss-engine channels, against the plant and hand calculations. */
class PlanLossInputsTest {
    @TempDir
    static Path dir;
    static LoadedScenario scenario;

    @BeforeAll
    static void load() {
        scenario = LossScenarios.load(dir, """
                plans:
                  - name: inter
                  - name: xc
                    tiers:
                      server-leaf: {architecture: cross-connect}
                      leaf-spine: {architecture: cross-connect}
                  - name: cass
                    tiers:
                      server-leaf:
                        polarityMethod: A
                        trunk: {connector: MPO-12, legs: 12, type: A}
                        cassette: {id: conv-2xMPO12-3xMPO8}
                        cords: {lower: {type: A}, upper: {type: B}}
                        lossClasses: {cassette: mpo-low-loss}
                  - name: direct
                    tiers:
                      server-leaf: {architecture: direct}
                      leaf-spine: {architecture: direct}
                """);
    }

    private static PlanLossInputs.Inputs inputs(CablingPlan plan, boolean mdi) {
        return PlanLossInputs.of(plan, mdi);
    }

    private static List<String> types(OpticalChannel c) {
        return c.connections().stream().map(OpticalConnection::elementType).toList();
    }

    /**
     * The 8 lit fibres of DR4 on a 12-position ferrule sit on positions 1–4 and 9–12 at every mating of MPO-8 or
     * MPO-12 plugs; at a 2×12→3×8 cassette's rear they sit where its map puts them (the middle front port on
     * positions 5–8 of both legs), so there only the ferrule range is checked.
     */
    private static void assertOuterPositions(OpticalConnection c) {
        if (c.elementType().contains("cassette-rear")) {
            assertTrue(Arrays.stream(c.positionOfLane()).allMatch(p -> p >= 0 && p < c.positions()), c.toString());
            return;
        }
        Set<Integer> at = new TreeSet<>();
        for (int p : c.positionOfLane()) {
            at.add(p % 12);
        }
        assertEquals(Set.of(0, 1, 2, 3, 8, 9, 10, 11), at, c.elementType());
    }

    @Test
    void interconnectChannelHasTwoPanelAdaptersAndEightFibres() {
        CablingPlan plan = LossScenarios.route(scenario, "inter");
        PlanLossInputs.Inputs in = inputs(plan, false);
        assertEquals(512, in.channels().size());
        assertEquals(384, in.links());
        assertTrue(in.skipped().isEmpty());
        OpticalChannel c = in.channels().get(0);
        assertEquals("L000001", c.linkId());
        assertEquals(8, c.lanes());
        assertEquals(List.of("server-leaf/panel-near/mpo-standard", "server-leaf/panel-far/mpo-standard"), types(c));
        for (OpticalConnection s : c.connections()) {
            assertEquals(12, s.positions());
            assertEquals(-60, s.reflectanceDb(), 0, "APC");
            assertEquals(new IndependentPositions(LossCalibration.gamma(0.35, 0.97, 0.75)), s.model());
            assertOuterPositions(s);
        }
        // the near Tx lane 1 crosses the Type-B lower cord (position p → 13 − p): it meets the adapter at 12
        assertEquals(11, c.connections().get(0).positionOfLane()[0]);
        assertEquals(3.0, c.budgetDb(), 0);
        assertEquals(0.4, c.attenuationDbPerKm(), 0);
        assertEquals(ReflectanceRule.ieee8023cdFr(), c.rule());
        assertTrue(Arrays.stream(c.otherFixedLossDbPerLane()).allMatch(d -> d == 0));
    }

    /** Fixed loss = fibre attenuation × the channel's stock lengths, exactly, for every channel. */
    @Test
    void fixedLossIsAttenuationTimesChannelLength() {
        CablingPlan plan = LossScenarios.route(scenario, "xc");
        PlanLossInputs.Inputs in = inputs(plan, false);
        for (int i = 0; i < in.channels().size(); i += 37) {
            OpticalChannel c = in.channels().get(i);
            int link = in.linkOf(i);
            int sub = plan.firstChannel(link) + (c.linkId().endsWith("/b") ? 1 : 0);
            double sum = 0;
            for (ResolvedElement e : plan.channel(sub).elements()) {
                sum += e.lengthM();
            }
            assertEquals(sum, c.lengthM(), 1e-9);
            LinkClass k = LinkClassifier.classify(List.of(c), 0).classes().get(0);
            for (int lane = 0; lane < k.lanes(); lane++) {
                assertEquals(0.4 * c.lengthM() / 1000, k.fixedLossDb(lane), 0);
            }
        }
    }

    /** Connections = the plant's mated pairs between the MDIs, + 2 MDI matings when they count. */
    @ParameterizedTest
    @CsvSource({"inter, false", "inter, true", "xc, false", "xc, true", "cass, false", "cass, true", "direct, false",
            "direct, true"})
    void connectionsAreThePlantsMatedPairs(String name, boolean mdi) {
        CablingPlan plan = LossScenarios.route(scenario, name);
        PlanLossInputs.Inputs in = inputs(plan, mdi);
        assertEquals(512, in.channels().size());
        for (int i = 0; i < in.channels().size(); i++) {
            OpticalChannel c = in.channels().get(i);
            int sub = plan.firstChannel(in.linkOf(i)) + (c.linkId().endsWith("/b") ? 1 : 0);
            assertEquals(plan.matedPairs(sub) + (mdi ? 2 : 0), c.connections().size(), c.linkId());
            assertEquals(8, c.lanes());
            for (OpticalConnection s : c.connections()) {
                assertOuterPositions(s);
            }
        }
    }

    @Test
    void elementTypesNameRoleSideAndClass() {
        OpticalChannel xc = inputs(LossScenarios.route(scenario, "xc"), true).channels().get(0);
        assertEquals(List.of("server-leaf/mdi-near/mpo-standard", "server-leaf/xc-near/mpo-standard",
                "server-leaf/panel-near/mpo-standard", "server-leaf/panel-far/mpo-standard",
                "server-leaf/xc-far/mpo-standard", "server-leaf/mdi-far/mpo-standard"), types(xc));
        OpticalChannel cass = inputs(LossScenarios.route(scenario, "cass"), false).channels().get(0);
        assertEquals(List.of("server-leaf/cassette-front-near/mpo-low-loss", "server-leaf/cassette-rear-near/mpo-low-loss",
                "server-leaf/cassette-rear-far/mpo-low-loss", "server-leaf/cassette-front-far/mpo-low-loss"), types(cass));
        // an MPO-8 port's 8 fibres reach the trunk on one or two MPO-12 legs: 12 or 24 positions at the rear
        for (OpticalConnection s : cass.connections()) {
            assertTrue(s.positions() == 12 || s.positions() == 24, s.toString());
        }
        OpticalChannel direct = inputs(LossScenarios.route(scenario, "direct"), true).channels().get(0);
        assertEquals(List.of("server-leaf/mdi-near/mpo-standard", "server-leaf/mdi-far/mpo-standard"), types(direct));
        // at the MDIs the near Tx lanes (1–4) sit at 0–3 near, and the far Tx lanes traced back at 0–3 far
        assertEquals(List.of(0, 1, 2, 3), Arrays.stream(direct.connections().get(0).positionOfLane()).limit(4).boxed().toList());
        assertEquals(List.of(0, 1, 2, 3), Arrays.stream(direct.connections().get(1).positionOfLane()).skip(4).boxed().toList());
    }

    @Test
    void twinPortLinksHaveOneChannelPerMdi() {
        PlanLossInputs.Inputs in = inputs(LossScenarios.route(scenario, "inter"), false);
        List<String> leafSpine = new ArrayList<>();
        for (OpticalChannel c : in.channels()) {
            if (c.tier().equals("leaf-spine")) {
                leafSpine.add(c.linkId());
            }
        }
        assertEquals(256, leafSpine.size());
        assertEquals("L000257/a", leafSpine.get(0));
        assertEquals("L000257/b", leafSpine.get(1));
        assertEquals(in.linkOf(256), in.linkOf(257));
        assertEquals("leaf-spine/panel-near/mpo-standard", in.channels().get(256).connections().get(0).elementType());
    }
}
