package org.cablesim.topology;

/**
 * One logical link of the fabric: one PMD link between a lower-layer and an upper-layer device.
 *
 * @param id                     deterministic id {@code L000001}… in generation order (tier, then lower device,
 *                               then lower port, then lane)
 * @param tierIndex              index of the tier in {@code fabric.tiers}, 0..2
 * @param tierName               the tier's name
 * @param fromDeviceId           the lower-layer device (server, leaf or spine)
 * @param fromPort               port on the lower device, from 1 (a NIC number on servers)
 * @param toDeviceId             the upper-layer device (leaf, spine or core)
 * @param toPort                 port on the upper device, from 1
 * @param pmdId                  catalog id of the link's PMD
 * @param linkSpeedGbps          speed of the link in Gb/s, &gt; 0
 * @param switchPortBreakoutLane lane of the upper switch port the link uses, 1..breakout (1 without breakout)
 * @param lowerPortLane          lane of the lower port the link uses: 1 on a NIC; on switch–switch tiers the upper
 *                               lane, unless the tier spreads a port's links over several upper switches
 */
public record LogicalLink(
        String id,
        int tierIndex,
        String tierName,
        String fromDeviceId,
        int fromPort,
        String toDeviceId,
        int toPort,
        String pmdId,
        int linkSpeedGbps,
        int switchPortBreakoutLane,
        int lowerPortLane) {
    /** A link whose lower lane follows the tier: 1 on a NIC (tier 0), the upper lane between switches. */
    public LogicalLink(String id, int tierIndex, String tierName, String fromDeviceId, int fromPort, String toDeviceId,
            int toPort, String pmdId, int linkSpeedGbps, int switchPortBreakoutLane) {
        this(id, tierIndex, tierName, fromDeviceId, fromPort, toDeviceId, toPort, pmdId, linkSpeedGbps,
                switchPortBreakoutLane, tierIndex == 0 ? 1 : switchPortBreakoutLane);
    }

    public LogicalLink {
        if (id == null || tierName == null || fromDeviceId == null || toDeviceId == null || pmdId == null) {
            throw new IllegalArgumentException("link ids, tier name and PMD must be set");
        }
        if (tierIndex < 0 || tierIndex > 2) {
            throw new IllegalArgumentException("tierIndex must be in 0..2, was " + tierIndex);
        }
        if (fromPort < 1 || toPort < 1 || switchPortBreakoutLane < 1 || lowerPortLane < 1) {
            throw new IllegalArgumentException("ports and lanes are numbered from 1 on link " + id);
        }
        if (linkSpeedGbps <= 0) {
            throw new IllegalArgumentException("linkSpeedGbps must be > 0 on link " + id);
        }
    }
}
