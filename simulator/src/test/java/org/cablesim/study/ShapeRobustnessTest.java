package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cablesim.io.LoadedScenario;
import org.cablesim.stats.Family;
import org.junit.jupiter.api.Test;

/** The robustness of the recommended plan to the shape of connector-loss classes no public data fixes. */
class ShapeRobustnessTest {
    private static final LoadedScenario TINY = StudyFixtures.load("tiny.yaml");

    /*
     * The tiny scenario's plans all use the standard MPO class (the catalog lists lognormal and Weibull as equally
     * plausible): one outcome per family with every plan's P(link fails). The direct plan has no mated pair between
     * its MDIs, so P = 0 under every shape; every other plan has a positive P. The default winner is the study's own
     * recommendation, and each outcome's winner is the one rule applied to the re-estimated installation figures
     * (the lifecycle differences are the study's), so with the catalog's shape re-applied the winner would be the
     * same: here every shape keeps it.
     */
    @Test
    void everyPlausibleShapeIsTriedOnEveryPlanWithTheStudysRule() {
        StudyResult study = new StudyRunner(1).run(TINY.scenario(), StudyFixtures.fabricOf(TINY), 7,
                StudyFixtures.provenance());
        ShapeRobustness r = study.comparison().robustness().orElseThrow();
        assertEquals(List.of("mpo-standard"), r.classes());
        assertEquals(List.of("lognormal", "weibull"), r.outcomes().stream().map(ShapeRobustness.Outcome::family)
                .toList());
        assertEquals(study.comparison().recommendation().plan(), r.defaultWinner());
        for (ShapeRobustness.Outcome o : r.outcomes()) {
            assertEquals(List.of("interconnect", "direct", "cassettes", "xconnect"),
                    List.copyOf(o.linkFailureProbability().keySet()));
            assertEquals(0.0, o.linkFailureProbability().get("direct"), 0);
            assertTrue(o.linkFailureProbability().get("interconnect") > 0, o.toString());
        }
        assertTrue(r.holds(), r.line());
        assertTrue(r.line().contains("holds under lognormal, weibull"), r.line());
        assertEquals(Optional.empty(), ShapeRobustness.of(study.plans().subList(0, 1), study.comparison(),
                TINY.scenario(), 7, 1, List.of()));
    }

    /*
     * The re-estimates a study runs alongside each plan's lifecycle are those the check would compute itself: the
     * check with none of them, with the first plan's alone and with all (on one thread and on two) is the same.
     */
    @Test
    void reestimatesMadeEarlierGiveTheSameCheck() {
        StudyResult study = new StudyRunner(2).run(TINY.scenario(), StudyFixtures.fabricOf(TINY), 7,
                StudyFixtures.provenance());
        List<ShapeRobustness.Reestimates> all = study.plans().stream()
                .map(p -> ShapeRobustness.reestimate(p.cabling(), TINY.scenario(), 7, 2)).toList();
        assertEquals(List.of(Family.LOGNORMAL, Family.WEIBULL), List.copyOf(all.get(0).byFamily().keySet()));
        assertEquals(List.of("mpo-standard"), List.copyOf(all.get(0).classes()));
        ShapeRobustness computed = ShapeRobustness.of(study.plans(), study.comparison(), TINY.scenario(), 7, 1,
                List.of()).orElseThrow();
        assertEquals(computed, study.comparison().robustness().orElseThrow());
        assertEquals(computed, ShapeRobustness.of(study.plans(), study.comparison(), TINY.scenario(), 7, 1,
                all.subList(0, 1)).orElseThrow());
        assertEquals(computed, ShapeRobustness.of(study.plans(), study.comparison(), TINY.scenario(), 7, 2, all)
                .orElseThrow());
    }
}
