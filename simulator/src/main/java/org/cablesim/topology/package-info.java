/**
 * Logical fabric generators: from a cluster, a fabric and a floor spec to an immutable
 * {@link org.cablesim.topology.LogicalFabric} of servers, leaves, spines and cores, the logical links
 * between them (one per PMD link) and the rack every device stands in.
 *
 * <p>Sizing rules, shared by both generators (all port counts are physical switch ports of
 * {@code fabric.switchRadix} × {@code fabric.switchPortSpeedGbps}):
 * <ul>
 *   <li>A tier's breakout {@code b} lets one switch port carry {@code b} logical links of the tier. On the
 *       server–leaf tier the lower end is a NIC (one link each). On switch–switch tiers both ends are
 *       switch ports broken out the same way (twin-port to twin-port, e.g. 800G as 2×400G DR4): the
 *       {@code b} lanes of a lower port all go to one upper port, lane k to lane k.</li>
 *   <li>Leaf split: the most down ports D such that D's bandwidth is at most {@code oversubscription} times
 *       the bandwidth of the remaining R−D ports as uplinks. A leaf then gets just enough up ports for the NIC
 *       links it actually serves: U = ⌈nicLinks × nicSpeed / (r × uplinkPortGbps)⌉.</li>
 *   <li>Spines: the smallest S that divides U with L × U/S ≤ radix. That exists iff L ≤ radix; otherwise the
 *       fabric needs a core tier: leaves form pods (whole scalable units where possible) of at most the
 *       spine's down ports; spines split down/up non-blocking; spine j of every pod joins core group j,
 *       whose size is the smallest divisor C of the spine's up ports with pods × Us/C ≤ radix.</li>
 * </ul>
 *
 * <p>May import: scenario, catalog, stats, JGraphT.
 */
package org.cablesim.topology;
