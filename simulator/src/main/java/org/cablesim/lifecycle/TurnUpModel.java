package org.cablesim.lifecycle;

import org.cablesim.stats.Checks;


/**
 * How the fabric is turned up: every link is tested; a link over budget has its worst connection inspected,
 * cleaned and re-mated (a new loss draw) up to {@code maxRemateAttempts} times, then that connection's part is
 * replaced (another new draw, a fresh part), and so on until it passes. Crews work around the clock.
 *
 * @param crews              turn-up crews working in parallel, ≥ 1
 * @param maxRemateAttempts  re-mates before a replacement, ≥ 0
 * @param testMinutes        testing one link, minutes, ≥ 0
 * @param remateMinutes      inspecting, cleaning, re-mating and re-testing one connection, minutes, ≥ 0
 * @param replaceMinutes     replacing one part and re-testing, minutes, ≥ 0
 */
public record TurnUpModel(int crews, int maxRemateAttempts, double testMinutes, double remateMinutes,
        double replaceMinutes) {
    public TurnUpModel {
        if (crews < 1) {
            throw new IllegalArgumentException("turn-up crews must be >= 1, was " + crews);
        }
        Checks.atLeast("maxRemateAttempts", maxRemateAttempts, 0);
        Checks.nonNegative("testMinutes", testMinutes);
        Checks.nonNegative("remateMinutes", remateMinutes);
        Checks.nonNegative("replaceMinutes", replaceMinutes);
    }

    /** The defaults of {@link LifecycleDefaults}. */
    public static TurnUpModel defaults() {
        return new TurnUpModel(LifecycleDefaults.TURN_UP_CREWS, LifecycleDefaults.MAX_REMATES,
                LifecycleDefaults.TEST_MINUTES, LifecycleDefaults.REMATE_MINUTES, LifecycleDefaults.REPLACE_MINUTES);
    }
}
