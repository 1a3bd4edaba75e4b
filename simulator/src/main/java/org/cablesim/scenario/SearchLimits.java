package org.cablesim.scenario;

import java.util.List;

/**
 * The constraints of a design-space search: what a plan must meet to be on the front; a null limit is no limit.
 *
 * @param maxAnyLinkFailureProbability P(some link fails at installation) at most this, in [0, 1]
 * @param maxExpectedFailingLinks      expected links failing installation at most this, ≥ 0
 * @param minAvailability              link availability at least this, in [0, 1]
 * @param mustCarry                    PMD ids the plan must carry without re-cabling (on some tier)
 * @param maxCostUsd                   bill of materials at most this, USD, ≥ 0
 */
public record SearchLimits(Double maxAnyLinkFailureProbability, Double maxExpectedFailingLinks,
        Double minAvailability, List<String> mustCarry, Double maxCostUsd) {
    public SearchLimits {
        mustCarry = mustCarry == null ? List.of() : List.copyOf(mustCarry);
    }
}
