package org.cablesim.lifecycle;

/** Decides whether a link's installed plant can carry a new PMD, and under which budget. */
@FunctionalInterface
public interface UpgradeFeasibility {
    /**
     * Assesses one link; must be deterministic (called once per link and wave, in link order).
     *
     * @param link    the link's index in the plant's link order (the order of {@link LifecyclePlant#links()} or of
     *                {@link PlantIndexBuilder#link})
     * @param fromPmd the PMD being replaced
     * @param toPmd   the new PMD
     * @return reuse or re-cable, with the new budget
     */
    UpgradeDecision assess(int link, String fromPmd, String toPmd);
}
