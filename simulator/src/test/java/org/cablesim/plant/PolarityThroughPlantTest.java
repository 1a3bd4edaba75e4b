package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.CheckKind;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CordChoice;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TrunkChoice;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/** Polarity, gender, key, polish, fibre type and reach checked through routed plants (384 links each). */
class PolarityThroughPlantTest {
    private static final LogicalFabric DR4 = PlantFixtures.unit24("400GBASE-DR4", 400);

    private static CablingPlan route(TierCabling cabling) {
        return PlantFixtures.route(DR4, PlantFixtures.plan("p", cabling));
    }

    private static Set<String> linksWith(CablingPlan plan, CheckKind kind) {
        return plan.violations().stream().filter(v -> v.kind() == kind).map(PlantViolation::linkId)
                .collect(Collectors.toSet());
    }

    /* Method B for SM APC: Type-B cords and trunk (3 flips, odd) with Type-A adapters, which APC plugs need. */
    @Test
    void methodBStyleApcPlanHasNoViolation() {
        CablingPlan plan = route(TierCabling.defaults());
        TierPlant tp = plan.tiers().get(0);
        assertEquals(AdapterKeying.KEY_UP_KEY_DOWN, tp.keying());
        assertEquals(org.cablesim.polarity.PolarityType.B, tp.trunkType());
        assertEquals(List.of(), plan.violations());
        for (Architecture a : Architecture.optical()) {
            assertEquals(List.of(), route(TierCabling.defaults().withArchitecture(a)).violations(), a.toString());
        }
        // Method A with its one Type-B cord, and U1, pass too.
        assertEquals(List.of(), route(TierCabling.defaults().withMethod(PolarityMethod.A)).violations());
        assertEquals(List.of(), route(TierCabling.defaults().withMethod(PolarityMethod.U1)).violations());
    }

    /* Type-A cords, adapters and trunk: no flip at all, so every Tx lands on Tx: POLARITY on all 384 links. */
    @Test
    void allTypeAPlanFailsPolarityOnEveryLink() {
        TierCabling allA = TierCabling.defaults().withMethod(PolarityMethod.A)
                .withCords(PlantFixtures.cord(PolarityType.A), PlantFixtures.cord(PolarityType.A));
        CablingPlan plan = route(allA);
        Set<String> failing = linksWith(plan, CheckKind.POLARITY);
        assertEquals(384, failing.size());
        assertEquals(384, plan.violations().size());
        PlantViolation first = plan.violations().get(0);
        assertTrue(first.reason().contains("lands on position 1"), first.reason());
        assertTrue(first.reason().contains("even number of polarity flips"), first.reason());
        assertTrue(first.reason().contains("cord C000002"), first.reason());
    }

    /* A Type-C trunk in a parallel (DR4) link is reported on every link, naming the trunk. */
    @Test
    void typeCElementFails() {
        CablingPlan plan = route(TierCabling.defaults().withMethod(PolarityMethod.C));
        assertEquals(384, linksWith(plan, CheckKind.POLARITY).size());
        PlantViolation v = plan.violations().get(0);
        assertTrue(v.reason().contains("Type-C trunk trunk T000001"), v.reason());
        assertEquals(2, v.elementIndex());
    }

    /* Unpinned trunks against cords whose panel ends are also unpinned: both panel adapters clash. */
    @Test
    void genderClashIsReported() {
        TierCabling clash = TierCabling.defaults()
                .withTrunk(new TrunkChoice(Optional.empty(), java.util.OptionalInt.empty(), Optional.empty(), false,
                        Optional.of(Gender.UNPINNED), Optional.empty(), 1))
                .withCords(unpinnedAtPanel(), unpinnedAtPanel());
        CablingPlan plan = route(clash);
        assertEquals(384, linksWith(plan, CheckKind.GENDER).size());
        assertEquals(2 * 384, plan.violations().stream().filter(v -> v.kind() == CheckKind.GENDER).count());
        assertTrue(plan.violations().get(0).reason().contains("unpinned plug meets unpinned plug"));
    }

    private static CordChoice unpinnedAtPanel() {
        return new CordChoice(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Gender.UNPINNED),
                Optional.empty());
    }

    /* DR8 (MPO-16 MDI and cords) on MPO-12 trunks: the offset key cannot enter a centre-keyed adapter. */
    @Test
    void mpo16MeetingMpo12IsReported() {
        LogicalFabric dr8 = PlantFixtures.unit24("800GBASE-DR8", 800);
        TierCabling onMpo12 = TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-12", 12, PolarityType.B, false));
        CablingPlan plan = PlantFixtures.route(dr8, PlantFixtures.plan("p", onMpo12));
        assertEquals(384, linksWith(plan, CheckKind.KEY).size());
        PlantViolation key = plan.violations().stream().filter(v -> v.kind() == CheckKind.KEY).findFirst()
                .orElseThrow();
        assertTrue(key.reason().contains("offset-keyed plug meets centre-keyed plug"), key.reason());
    }

    /* UPC trunks between APC cords: reported at both panel adapters of every link. */
    @Test
    void apcMeetingUpcIsReported() {
        TierCabling upcTrunk = TierCabling.defaults().withTrunk(new TrunkChoice(Optional.empty(),
                java.util.OptionalInt.empty(), Optional.empty(), false, Optional.empty(), Optional.of(Polish.UPC), 1));
        CablingPlan plan = route(upcTrunk);
        assertEquals(384, linksWith(plan, CheckKind.POLISH).size());
        assertTrue(plan.violations().stream().anyMatch(v -> v.reason().contains("APC meets UPC")));
    }

    /* Type-B adapters with APC plugs: the angled faces are opposed. */
    @Test
    void apcInKeyUpKeyUpAdaptersIsReported() {
        CablingPlan plan = route(TierCabling.defaults().withAdapterType(AdapterKeying.KEY_UP_KEY_UP));
        assertEquals(384, linksWith(plan, CheckKind.POLISH).size());
    }

    /* OM4 is multimode; DR4 runs on single-mode OS2 only: every link reports the fibre type, once. */
    @Test
    void fibreTypeMustSuitThePmd() {
        CablingPlan plan = route(TierCabling.defaults().withFibre("OM4"));
        assertEquals(384, plan.violations().size());
        assertEquals(Set.of(CheckKind.FIBRE_TYPE), plan.violations().stream().map(PlantViolation::kind)
                .collect(Collectors.toSet()));
        assertTrue(plan.violations().get(0).reason().contains("OM4 (multimode) but 400GBASE-DR4 runs on single-mode"));
    }

    /*
     * Spine rows 600 m beyond the compute rows: leaf–spine channels are cord + trunk + cord. In-rack cords: 0 m
     * route + 2 × 1 m slack = 2 m stock. Trunk route 1.5 (drop) + 603 (row pitch + gap) + 4.8 (8 positions along the
     * row) + 1.5 (drop) = 610.8 m, + 2 m slack = 612.8 m, made to order in 10 m steps = 620 m. 2 + 620 + 2 = 624 m
     * > 500 m reach on all 192 leaf–spine links; server–leaf stays short.
     */
    @Test
    void reachIsCheckedAgainstTheRoutedLength() {
        FloorSpec far = new FloorSpec(0.6, 3.0, 8, 3, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 600);
        LogicalFabric fabric = PlantFixtures.rail(24, 24, "400GBASE-DR4", 400, 1, far);
        CablingPlan plan = new ShortestTrayRouter().route(fabric, far, PlantFixtures.CATALOG,
                PlantFixtures.plan("p", TierCabling.defaults()));
        Map<CheckKind, Long> kinds = plan.violations().stream()
                .collect(Collectors.groupingBy(PlantViolation::kind, Collectors.counting()));
        assertEquals(Map.of(CheckKind.REACH, 192L), kinds);
        PlantViolation v = plan.violations().get(0);
        assertTrue(v.reason().contains("624.0 m long"), v.reason());
        assertTrue(v.reason().contains("reaches 500 m on OS2"), v.reason());
    }
}
