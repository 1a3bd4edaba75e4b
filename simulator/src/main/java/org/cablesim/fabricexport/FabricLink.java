package org.cablesim.fabricexport;

import java.util.List;
import java.util.Objects;

/**
 * One logical link of the fabric export.
 *
 * @param id        link id, e.g. {@code L000001}
 * @param from      lower device id
 * @param to        upper device id
 * @param tier      fabric tier name
 * @param pmd       PMD id after the plan's override
 * @param speedGbps link speed, Gb/s
 * @param lengthM   channel length (stock lengths; the longest of a twin-port link's channels), metres; NaN when not
 *                  cabled
 * @param pFail     P(the link fails at installation) from the loss estimate; NaN when not estimated
 * @param groups    ids of the shared-risk groups it belongs to
 */
public record FabricLink(String id, String from, String to, String tier, String pmd, int speedGbps, double lengthM,
        double pFail, List<String> groups) {
    public FabricLink {
        Objects.requireNonNull(id, "id");
        groups = List.copyOf(groups);
    }
}
