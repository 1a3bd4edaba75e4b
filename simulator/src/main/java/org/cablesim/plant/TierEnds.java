package org.cablesim.plant;

import java.util.Optional;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.HarnessType;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.PortShare;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;

/**
 * The optics at the two ends of a tier's links, resolved once per tier from the fabric tier and a plan's choices:
 * which module sits in each port, how many links share it and which MDI positions each link lights
 * ({@link PortShare}). The lower end of a server–leaf link is a NIC (one link per port); on switch–switch tiers both
 * ends are broken out alike. A heterogeneous link (800GBASE-DR8 leaf port broken out to 400GBASE-DR4 NICs) has a
 * different PMD at each end; both must light as many channels and Tx fibres per channel, on the same fibre kind and
 * lane rate.
 *
 * @param lower the lower end's port share
 * @param upper the upper end's
 */
public record TierEnds(PortShare lower, PortShare upper) {
    /**
     * Resolves the ends of a tier under a plan.
     *
     * @param tier    the fabric tier
     * @param choice  the plan's choices for it (PMD, lower PMD and harness overrides)
     * @param catalog the effective catalog
     * @throws PlantConfigurationException naming the field ({@code pmd}, {@code lowerPmd}, {@code harness}) and why the
     *                                     ends cannot be built
     */
    public static TierEnds resolve(TierSpec tier, TierCabling choice, Catalog catalog) {
        return resolve(tier, choice, catalog, false);
    }

    /**
     * Resolves the ends of a tier under a plan.
     *
     * @param tier            the fabric tier
     * @param choice          the plan's choices for it
     * @param catalog         the effective catalog
     * @param strictTierHarness whether the fabric tier's own harness must be used (checking the fabric tier alone);
     *                        a plan that shares its ports out by MDI ignores a harness only the tier names
     * @throws PlantConfigurationException as {@link #resolve(TierSpec, TierCabling, Catalog)}
     */
    public static TierEnds resolve(TierSpec tier, TierCabling choice, Catalog catalog, boolean strictTierHarness) {
        String name = tier.name();
        Pmd upperPmd = pmd(catalog, name, "pmd", choice.pmdId().orElse(tier.pmdId()));
        Optional<String> lowerId = choice.lowerPmdId().or(tier::lowerPmdId);
        HarnessType harness = choice.harnessId().or(tier::harnessId).map(id -> catalog.findHarness(id).orElseThrow(
                () -> new PlantConfigurationException(name, "harness", "unknown harness '" + id + "' (known: "
                        + String.join(", ", catalog.harnessIds()) + ")"))).orElse(null);
        int speed = tier.linkSpeedGbps();
        int b = tier.breakout();
        boolean strict = strictTierHarness || choice.harnessId().isPresent();
        PortShare upper = share(name, upperPmd, speed, b, harness, strict, "pmd");
        boolean nic = tier.role() == TierRole.SERVER_LEAF;
        Pmd lowerPmd;
        if (lowerId.isPresent()) {
            lowerPmd = pmd(catalog, name, "lowerPmd", lowerId.get());
        } else if (nic && (upper.mode() == PortShare.Mode.BY_MDI || upper.mode() == PortShare.Mode.BY_HARNESS)) {
            throw new PlantConfigurationException(name, "lowerPmd", "required: " + upperPmd.id() + " ("
                    + upperPmd.portSpeedGbps() + " Gb/s) is shared by " + b + " links of " + speed + " Gb/s, so the"
                    + " NICs hold another module; name it (e.g. a " + speed + " Gb/s DR4 under a DR8 port)");
        } else {
            lowerPmd = upperPmd;
        }
        if (nic && lowerPmd.portSpeedGbps() != speed && lowerId.isPresent()) {
            throw new PlantConfigurationException(name, "lowerPmd", lowerPmd.id() + " is a "
                    + lowerPmd.portSpeedGbps() + " Gb/s port but a NIC port carries one " + speed + " Gb/s link");
        }
        PortShare lower = nic ? share(name, lowerPmd, speed, 1, null, false, "lowerPmd")
                : share(name, lowerPmd, speed, b, harness, false, "lowerPmd");
        String mismatch = PortShare.endsMismatch(lowerPmd, lower.mode(), lower.links(), upperPmd, upper.mode(),
                upper.links());
        if (mismatch != null) {
            throw new PlantConfigurationException(name, lowerId.isPresent() ? "lowerPmd" : "pmd", mismatch
                    + ": the link cannot be built");
        }
        return new TierEnds(lower, upper);
    }

    private static Pmd pmd(Catalog catalog, String tier, String field, String id) {
        return catalog.findPmd(id).orElseThrow(() -> new PlantConfigurationException(tier, field,
                "unknown PMD '" + id + "' (known: " + String.join(", ", catalog.pmdIds()) + ")"));
    }

    /** The share of one end; a harness not needed there is an error only where {@code strict} (the upper end). */
    private static PortShare share(String tier, Pmd pmd, int speed, int links, HarnessType harness, boolean strict,
            String field) {
        try {
            PortShare.Mode mode = PortShare.mode(pmd, speed, links);
            return PortShare.of(pmd, speed, links, strict || mode == PortShare.Mode.BY_HARNESS ? harness : null);
        } catch (IllegalArgumentException e) {
            boolean aboutHarness = e.getMessage().contains("harness");
            throw new PlantConfigurationException(tier, aboutHarness ? "harness" : field, e.getMessage());
        }
    }

    /** Routed channels (MDIs) of one link: the same at both ends. */
    public int channelsPerLink() {
        return upper.channelsPerLink();
    }

    /** The share at one end. */
    public PortShare at(TrunkSide side) {
        return side == TrunkSide.NEAR ? lower : upper;
    }

    /** Fibres one channel of a link lights: its Tx and as many Rx. */
    public int litFibresPerChannel() {
        return 2 * upper.txPerChannel();
    }
}
