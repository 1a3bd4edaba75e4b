package org.cablesim.lifecycle;

import java.util.List;
import org.cablesim.optics.ReflectanceRule;
import java.util.Objects;

/**
 * One link of the plant as the lifecycle simulation sees it: its channel's connections, its fixed loss and
 * budget, and the components whose failure takes it down.
 *
 * @param linkId        unique, non-blank
 * @param tierIndex     index of the fabric tier, ≥ 0
 * @param tierName      the tier's name, non-blank; the same for every link of a tier index
 * @param serverFacing  true for server–leaf links: their outages interrupt training jobs
 * @param serverId      the server of a server-facing link, else null
 * @param componentIds  the components on the link (each must list this link), distinct
 * @param connections   the mated pairs of the channel, in order; may be empty
 * @param fixedLossDb   fibre and splice loss per lane, dB, ≥ 0
 * @param budgetDb      channel insertion-loss budget per lane, dB, &gt; fixedLossDb
 * @param lanes         optical lanes (lit fibres; each connection places every lane at a position), 1..64
 * @param reflectanceRule the PMD's discrete-reflectance rule the link's connections are judged by
 * @param designFault   whether the link is broken by design: it fails turn-up until a design rework rebuilds it
 */
public record PhysicalLink(String linkId, int tierIndex, String tierName, boolean serverFacing, String serverId,
        List<String> componentIds, List<LinkConnection> connections, double fixedLossDb, double budgetDb,
        int lanes, ReflectanceRule reflectanceRule, boolean designFault) {
    public PhysicalLink {
        checkValues(linkId, tierIndex, tierName, fixedLossDb, budgetDb, lanes);
        if (serverFacing == (serverId == null || serverId.isBlank())) {
            throw new IllegalArgumentException("link " + linkId + ": a server id is required exactly when the"
                    + " link is server-facing");
        }
        componentIds = List.copyOf(componentIds);
        if (componentIds.stream().distinct().count() != componentIds.size()) {
            throw new IllegalArgumentException("link " + linkId + " lists a component twice");
        }
        connections = List.copyOf(connections);
        Objects.requireNonNull(reflectanceRule, "reflectanceRule");
        for (LinkConnection c : connections) {
            if (c.optical().positionOfLane().length != lanes) {
                throw new IllegalArgumentException("connection " + c.connectionId() + " places "
                        + c.optical().positionOfLane().length + " lanes, link " + linkId + " has " + lanes);
            }
        }
    }

    /** Whether {@code text} is null, empty or white space only (as {@link String#isBlank}), without copying it. */
    static boolean isBlank(CharSequence text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Rejects the values the record's constraints exclude (id, tier, losses and budget, lanes). */
    static void checkValues(CharSequence linkId, int tierIndex, String tierName, double fixedLossDb, double budgetDb,
            int lanes) {
        if (isBlank(linkId)) {
            throw new IllegalArgumentException("link id must be non-blank");
        }
        if (tierIndex < 0) {
            throw new IllegalArgumentException("tierIndex must be >= 0 on " + linkId);
        }
        if (tierName == null || tierName.isBlank()) {
            throw new IllegalArgumentException("tierName must be non-blank on " + linkId);
        }
        if (!(fixedLossDb >= 0) || Double.isInfinite(fixedLossDb)) {
            throw new IllegalArgumentException("fixedLossDb must be finite and >= 0 on " + linkId);
        }
        if (!(budgetDb > fixedLossDb) || Double.isInfinite(budgetDb)) {
            throw new IllegalArgumentException("budgetDb must be finite and > fixedLossDb on " + linkId
                    + ", was " + budgetDb + " vs " + fixedLossDb);
        }
        if (lanes < 1 || lanes > 64) {
            throw new IllegalArgumentException("lanes must be in 1..64 on " + linkId + ", was " + lanes);
        }
    }
}
