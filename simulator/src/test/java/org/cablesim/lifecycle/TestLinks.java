package org.cablesim.lifecycle;

import java.util.List;
import java.util.stream.IntStream;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.stats.Distribution;

/** Hand-built lifecycle links for tests: independent positions, lanes in order, the 802.3cd reflectance table. */
final class TestLinks {
    private TestLinks() {
    }

    /** A connection whose lanes sit on positions 0..lanes−1 of a {@code lanes}-position plug. */
    static LinkConnection conn(String id, String sharedPart, List<String> mated, Distribution perPosition,
            double reflectanceDb, int lanes) {
        return new LinkConnection(id, sharedPart, mated, new OpticalConnection(id,
                new IndependentPositions(perPosition), lanes, IntStream.range(0, lanes).toArray(), reflectanceDb));
    }

    /** A link judged by the 802.3cd (DR) reflectance table, not broken by design. */
    static PhysicalLink link(String id, int tierIndex, String tierName, boolean serverFacing, String serverId,
            List<String> componentIds, List<LinkConnection> connections, double fixedLossDb, double budgetDb,
            int lanes) {
        return new PhysicalLink(id, tierIndex, tierName, serverFacing, serverId, componentIds, connections,
                fixedLossDb, budgetDb, lanes, ReflectanceRule.ieee8023cdFr(), false);
    }
}
