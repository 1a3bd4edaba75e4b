package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * How the fabric is turned up: every link tested, a failing link's worst connection re-mated, then replaced.
 *
 * @param crews             turn-up crews working in parallel, ≥ 1
 * @param maxRemateAttempts re-mates before a part is replaced, ≥ 0
 * @param testMinutes       testing one link, minutes, ≥ 0
 * @param remateMinutes     inspecting, cleaning, re-mating and re-testing one connection, minutes, ≥ 0
 * @param replaceMinutes    replacing one part and re-testing, minutes, ≥ 0
 */
public record TurnUpSpec(int crews, int maxRemateAttempts, double testMinutes, double remateMinutes,
        double replaceMinutes) {
    public TurnUpSpec {
        Checks.atLeast("crews", crews, 1);
        Checks.atLeast("maxRemateAttempts", maxRemateAttempts, 0);
        Checks.nonNegative("testMinutes", testMinutes);
        Checks.nonNegative("remateMinutes", remateMinutes);
        Checks.nonNegative("replaceMinutes", replaceMinutes);
    }
}
