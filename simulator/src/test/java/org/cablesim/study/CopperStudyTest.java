package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.cablesim.io.LoadedScenario;
import org.cablesim.lifecycle.Component;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.plant.CablingPlan;
import org.cablesim.report.SummaryJson;
import org.cablesim.scenario.PartKind;
import org.junit.jupiter.api.Test;

/**
 * Copper server–leaf links end to end (study/copper.yaml): 4 servers x 2 NICs = 8 NIC–leaf links, two per 800G leaf
 * port (breakout 2), on 1:2 split ACCs; leaf–spine stays optical.
 */
class CopperStudyTest {
    private static final LoadedScenario COPPER = StudyFixtures.load("copper.yaml");

    /*
     * The lifecycle sees each copper link with its cable (kind CORD, the cord failure rate, shared by the port's two
     * links) and its two ports; no transceivers, connections or loss. The loss engine skips the 8 copper links.
     */
    @Test
    void lifecycleAndLossSeeCopperLinksAsCablesAndPorts() {
        CablingPlan plan = StudyFixtures.route(COPPER, "copper");
        LifecyclePlant plant = PlanLifecycleInputs.of(plan, false).plant();
        List<PhysicalLink> copper = plant.links().stream().filter(l -> l.tierIndex() == 0).toList();
        assertEquals(8, copper.size());
        for (PhysicalLink l : copper) {
            assertEquals(List.of(), l.connections());
            assertEquals(0, l.fixedLossDb(), 0);
            assertEquals(3, l.componentIds().size(), l.componentIds().toString());
            assertTrue(l.componentIds().get(0).startsWith("copper:leaf-"), l.componentIds().toString());
        }
        Map<String, Long> cables = new java.util.TreeMap<>();
        for (Component c : plant.components()) {
            if (c.id().startsWith("copper:")) {
                assertEquals(PartKind.CORD, c.kind());
                assertEquals(2, c.linkIds().size());
                cables.merge(c.id(), 1L, Long::sum);
            }
        }
        assertEquals(4, cables.size());
        assertEquals(Map.of(PlanLossInputs.COPPER, 8), PlanLossInputs.of(plan, false).skipped());
    }

    /* The study runs both plans; the copper plan's summary counts 4 cables and no server-leaf transceivers. */
    @Test
    void studySummaryCountsCopperCables() {
        JsonNode summary = SummaryJson.toTree(StudySummary.of(new StudyRunner(2).run(COPPER.scenario(),
                StudyFixtures.fabricOf(COPPER), COPPER.scenario().run().seed(), StudyFixtures.provenance()),
                List.of()), "");
        JsonNode copper = summary.get("plans").get(1);
        assertEquals("copper", copper.get("name").asText());
        JsonNode cabling = copper.get("cabling");
        assertEquals(4, cabling.get("copperCables").asInt(), cabling.toString());
        assertEquals("copper", cabling.get("polarityMethod").get("server-leaf").asText(), cabling.toString());
        assertEquals(0, cabling.get("transceiversByEnd").get("server-leaf/lower").size(), cabling.toString());
        assertTrue(copper.get("lifecycle").get("availability").get("mean").asDouble() > 0.9);
    }
}
