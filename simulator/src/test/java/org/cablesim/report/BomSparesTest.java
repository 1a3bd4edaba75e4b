package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.cablesim.lifecycle.LifecycleDefaults;
import org.cablesim.plant.Bom;
import org.cablesim.plant.BomLine;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spare lines of {@link PlantFilesTest}'s plan, counted by hand. Per tier the BOM has 384 DR4 modules, 16 trunks and
 * 384 cords (plus adapters, panels and labour, which are not spared); the two tiers' lines are alike but for the
 * trunk length (10 m, $1,488 and 20 m, $1,536).
 */
class BomSparesTest {
    @BeforeAll
    static void route() throws Exception {
        PlantFilesTest.route();
    }

    /** The default 1 %: ⌈3.84⌉ = 4 modules, ⌈0.16⌉ = 1 trunk, ⌈3.84⌉ = 4 cords per tier, at the installed prices. */
    @Test
    void defaultSharePerLineRoundsUp() throws Exception {
        Bom spares = PlantFilesTest.plan.bom().spares(LifecycleDefaults.spares());
        StringWriter w = new StringWriter();
        PlantFiles.writeBom(PlantFilesTest.plan, spares, w);
        List<String> rows = w.toString().lines().filter(r -> r.contains(",spare ")).toList();
        assertEquals(List.of(
                "transceivers,server-leaf,spare 400GBASE-DR4 module,4,each,700,2800,transceiver:400GBASE-DR4,true,,,,,,",
                "trunks,server-leaf,spare trunk 12xMPO-12 144f Type-B 10 m,1,each,1488,1488,"
                        + "24 x trunk-termination:MPO-12 + 10 m x trunk-metre:144f,true,"
                        + "TRK-12xMPO12-144F-OS2-B-APC-MM-LSZH-010M,OS2,B,MM,APC,LSZH",
                "cords,server-leaf,spare MPO-12 cord Type-B 2 m,4,each,63,252,cord:MPO-12 + 2 m x cord-metre:MPO-12,"
                        + "true,PC-MPO12-OS2-B-APC-FF-LSZH-002M,OS2,B,FF,APC,LSZH"), rows.subList(0, 3));
        assertEquals(6, rows.size());
        assertEquals(2 * (2800 + 252) + 1488 + 1536, spares.totalUsd(), 1e-9);
        // not in the installed total
        assertEquals(PlantFilesTest.plan.bom().lines().size() + 1 + 6, w.toString().lines().count());
    }

    /**
     * 5 % with explicit counts: 5 modules over two lines of 384 is 2.5 each, 2 each and the 1 left to the earlier line
     * (equal remainders); 0 trunks buys none; cords ⌈0.05 × 384⌉ = ⌈19.2⌉ = 20 per tier. The modules bought are the
     * lifecycle's stock of the kind exactly.
     */
    @Test
    void explicitCountsAreTheLifecyclesStock() {
        SparesSpec spec = new SparesSpec(Map.of(PartKind.TRANSCEIVER, 5, PartKind.TRUNK, 0), 0.05, 14);
        Bom spares = PlantFilesTest.plan.bom().spares(spec);
        assertEquals(List.of("server-leaf spare 400GBASE-DR4 module 3.0", "server-leaf spare MPO-12 cord Type-B 2 m 20.0",
                "leaf-spine spare 400GBASE-DR4 module 2.0", "leaf-spine spare MPO-12 cord Type-B 2 m 20.0"),
                spares.lines().stream().map(l -> l.tierName() + " " + l.item() + " " + l.quantity()).toList());
        double modules = spares.lines().stream().filter(l -> l.category() == BomLine.Category.TRANSCEIVERS)
                .mapToDouble(BomLine::quantity).sum();
        assertEquals(spec.initialStock(PartKind.TRANSCEIVER, 768), modules);
        assertEquals(5 * 700 + 40 * 63, spares.totalUsd(), 1e-9);
    }

    /** The one rule, shared with the lifecycle's stock: ⌈fraction × installed⌉, at least 1, exact at whole products. */
    @Test
    void fractionRuleIsExactAtWholeNumbers() {
        assertEquals(7, SparesSpec.ofFraction(0.01, 700));
        assertEquals(7, SparesSpec.ofFraction(0.07, 100)); // 0.07 × 100 = 7.000000000000001 in binary
        assertEquals(8, SparesSpec.ofFraction(0.01, 701));
        assertEquals(1, SparesSpec.ofFraction(0, 50));
        assertEquals(1, SparesSpec.ofFraction(0.01, 1));
        // unlimited lifecycle stock: the BOM buys at the documented default, 1 %
        assertEquals(PlantFilesTest.plan.bom().spares(LifecycleDefaults.spares()),
                PlantFilesTest.plan.bom().spares(SparesSpec.unlimited()));
    }
}
