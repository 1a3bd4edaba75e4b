package org.cablesim.topology;

import java.util.Locale;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.TierSpec;

/** Port arithmetic of one switch model: breakout checks and the down/up split of leaves and spines. */
final class PortBudget {
    /** Absorbs the rounding of {@code oversubscription × integer}; bandwidths are whole Gb/s far above it. */
    private static final double EPS = 1e-6;

    private PortBudget() {
    }

    /** Gb/s one switch port carries on {@code tier}: breakout × link speed. */
    static long portGbps(TierSpec tier) {
        return (long) tier.breakout() * tier.linkSpeedGbps();
    }

    /** Rejects a tier whose broken-out lanes need more than one switch port delivers. */
    static void checkBreakout(FabricSpec fabric, int tierIndex) throws FabricInfeasibleException {
        TierSpec tier = fabric.tiers().get(tierIndex);
        if (portGbps(tier) > fabric.switchPortSpeedGbps()) {
            throw new FabricInfeasibleException("fabric.tiers[" + tierIndex + "].breakout", String.format(Locale.ROOT,
                    "tier %s breaks one switch port into %d links of %d Gb/s = %d Gb/s, but a switch port carries only"
                            + " %d Gb/s; lower the breakout or the link speed",
                    tier.name(), tier.breakout(), tier.linkSpeedGbps(), portGbps(tier), fabric.switchPortSpeedGbps()));
        }
    }

    /**
     * The most leaf down ports D such that D × (server–leaf port Gb/s) ≤ r × (radix − D) × (leaf–spine port Gb/s).
     * Non-blocking with equal port speeds gives radix/2; 3:1 on radix 64 gives 48.
     */
    static int maxLeafDownPorts(FabricSpec fabric) throws FabricInfeasibleException {
        long downGbps = portGbps(fabric.tiers().get(0));
        long upGbps = portGbps(fabric.tiers().get(1));
        int radix = fabric.switchRadix();
        double r = fabric.oversubscription();
        for (int d = radix - 1; d >= 1; d--) {
            if (d * (double) downGbps <= r * (radix - d) * upGbps + EPS) {
                return d;
            }
        }
        throw new FabricInfeasibleException("fabric.switchRadix", String.format(Locale.ROOT,
                "a leaf of radix %d cannot have even 1 down port (%d Gb/s) against %d up ports (%d Gb/s each) at"
                        + " oversubscription %s:1; use a larger radix, a higher oversubscription or faster uplinks",
                radix, downGbps, radix - 1, upGbps, ratio(r)));
    }

    /**
     * Up ports a leaf needs for {@code nicLinks} server links so that down:up bandwidth ≤ r:1; never more than
     * radix − {@link #maxLeafDownPorts} because nicLinks fit in those down ports.
     */
    static int leafUpPorts(int nicLinks, FabricSpec fabric) {
        TierSpec down = fabric.tiers().get(0);
        double needGbps = (double) nicLinks * down.linkSpeedGbps() / fabric.oversubscription();
        return Math.max(1, (int) Math.ceil(needGbps / portGbps(fabric.tiers().get(1)) - EPS));
    }

    /** Most spine down ports D with D × (leaf–spine port Gb/s) ≤ (radix − D) × (spine–core port Gb/s): non-blocking. */
    static int maxSpineDownPorts(FabricSpec fabric) throws FabricInfeasibleException {
        long downGbps = portGbps(fabric.tiers().get(1));
        long upGbps = portGbps(fabric.tiers().get(2));
        int radix = fabric.switchRadix();
        for (int d = radix - 1; d >= 1; d--) {
            if ((long) d * downGbps <= (long) (radix - d) * upGbps) {
                return d;
            }
        }
        throw new FabricInfeasibleException("fabric.tiers[2].linkSpeedGbps", String.format(Locale.ROOT,
                "a non-blocking spine of radix %d cannot carry even 1 leaf port (%d Gb/s) on %d core ports of %d Gb/s",
                radix, downGbps, radix - 1, upGbps));
    }

    /** Up ports a non-blocking spine needs for {@code downPorts} leaf ports. */
    static int spineUpPorts(int downPorts, FabricSpec fabric) {
        long down = (long) downPorts * portGbps(fabric.tiers().get(1));
        long up = portGbps(fabric.tiers().get(2));
        return (int) ((down + up - 1) / up);
    }

    /** The smallest divisor d of {@code uplinks} with groups × (uplinks / d) ≤ capacity, or −1 if none. */
    static int smallestBalancedDivisor(int uplinks, long groups, int capacity) {
        for (int d = 1; d <= uplinks; d++) {
            if (uplinks % d == 0 && groups * (uplinks / d) <= capacity) {
                return d;
            }
        }
        return -1;
    }

    static String ratio(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
