package org.cablesim.scenario;

import java.util.Objects;

/**
 * Patch panels of a tier: where they stand and how many ports they hold. A panel holds
 * {@code portsPerRu × ruPerPanel} front ports (adapters, or cassette front ports).
 *
 * @param placement   where switch-end panels stand
 * @param portsPerRu  front ports per rack unit, 1..288
 * @param ruPerPanel  rack units per panel, 1..8
 * @param perLocation panels provisioned at every location that has panels of the tier, 1..1000
 */
public record PanelChoice(PanelPlacement placement, int portsPerRu, int ruPerPanel, int perLocation) {
    public PanelChoice {
        Objects.requireNonNull(placement, "placement");
        if (portsPerRu < 1 || portsPerRu > 288) {
            throw new IllegalArgumentException("portsPerRu must be in 1..288, was " + portsPerRu);
        }
        if (ruPerPanel < 1 || ruPerPanel > 8) {
            throw new IllegalArgumentException("ruPerPanel must be in 1..8, was " + ruPerPanel);
        }
        if (perLocation < 1 || perLocation > 1000) {
            throw new IllegalArgumentException("perLocation must be in 1..1000, was " + perLocation);
        }
    }

    /** In-rack 1 RU panels of 48 ports, one provisioned per location. */
    public static PanelChoice defaults() {
        return new PanelChoice(PanelPlacement.IN_RACK, 48, 1, 1);
    }

    /** Front ports per panel. */
    public int portsPerPanel() {
        return portsPerRu * ruPerPanel;
    }
}
