package org.cablesim.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the links of one port share the transceiver module in it, and which MDI positions each link lights. A link's
 * lanes are the lanes it uses, not its port's: one 400G link out of an 800GBASE-DR8 port lights 4 of its 8 lanes.
 *
 * <ul>
 *   <li>{@link Mode#WHOLE}: one link per port uses every lane of the module.</li>
 *   <li>{@link Mode#GANGED}: the link speed is the PMD's port speed and one port serves {@code links} of them: the
 *       port holds a module of {@code links} whole PMDs side by side (a twin-port OSFP serving two 400GBASE-DR4
 *       links is {@code 2x400GBASE-DR4}); link k uses the k-th PMD's MDIs.</li>
 *   <li>{@link Mode#BY_MDI}: the links share one PMD's MDIs out, whole (800G-2xDR4 as two 400G links: one MPO-12
 *       each).</li>
 *   <li>{@link Mode#BY_HARNESS}: one MDI split by a harness: link k lights the PMD's Tx and Rx positions that the
 *       harness carries to its leg k (800GBASE-DR8 through MPO-16 → 2×MPO-12: Tx 1–4 / Rx 13–16 and Tx 5–8 /
 *       Rx 9–12 with the shipped map).</li>
 * </ul>
 *
 * @param pmd     the PMD of the module (of each of its PMDs when ganged)
 * @param links   links served by one port, ≥ 1
 * @param mode    how they share it
 * @param harness the harness that splits the MDI, present exactly for {@link Mode#BY_HARNESS}
 */
public record PortShare(Pmd pmd, int links, Mode mode, Optional<HarnessType> harness) {
    /** How a port's module is shared by its links. */
    public enum Mode { WHOLE, GANGED, BY_MDI, BY_HARNESS }

    public PortShare {
        Objects.requireNonNull(pmd, "pmd");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(harness, "harness");
        if (links < 1 || (mode == Mode.WHOLE) != (links == 1)) {
            throw new IllegalArgumentException("a whole port serves one link, a shared one more; was " + links
                    + " links " + mode);
        }
        if (harness.isPresent() != (mode == Mode.BY_HARNESS)) {
            throw new IllegalArgumentException("a harness splits exactly the BY_HARNESS ports");
        }
    }

    /**
     * How {@code links} links of {@code linkSpeedGbps} share one port holding {@code pmd}.
     *
     * @param pmd           the PMD in the port
     * @param linkSpeedGbps speed of one link, Gb/s
     * @param links         links per port, ≥ 1
     * @param harness       the harness splitting the port's MDI, or null
     * @return the share
     * @throws IllegalArgumentException naming what cannot be built and why
     */
    public static PortShare of(Pmd pmd, int linkSpeedGbps, int links, HarnessType harness) {
        Mode mode = mode(pmd, linkSpeedGbps, links);
        if (mode != Mode.BY_HARNESS) {
            if (harness != null) {
                throw new IllegalArgumentException("harness " + harness.id() + " is not used: " + (mode == Mode.WHOLE
                        ? "one link per port" : mode == Mode.GANGED ? "each link has a whole " + pmd.id()
                        : "each link has " + pmd.mdiConnectorCount() / links + " of the module's MDIs"));
            }
            return new PortShare(pmd, links, mode, Optional.empty());
        }
        if (harness == null) {
            throw new IllegalArgumentException(pmd.id() + " has one " + pmd.mdiConnectorId() + " MDI: breaking it into "
                    + links + " links of " + linkSpeedGbps + " Gb/s needs a breakout harness (harness: a catalog"
                    + " harness with " + links + " legs and a " + pmd.mdiConnectorId() + " common plug)");
        }
        PortShare share = new PortShare(pmd, links, mode, Optional.of(harness));
        share.requireFits(harness);
        return share;
    }

    /**
     * The way a port can be shared, before any harness is known.
     *
     * @throws IllegalArgumentException when no module arrangement gives {@code links} links of that speed
     */
    public static Mode mode(Pmd pmd, int linkSpeedGbps, int links) {
        if (links == 1) {
            return Mode.WHOLE;
        }
        if (linkSpeedGbps == pmd.portSpeedGbps()) {
            return Mode.GANGED;
        }
        if ((long) linkSpeedGbps * links != pmd.portSpeedGbps() || pmd.lanes() % links != 0) {
            throw new IllegalArgumentException(pmd.id() + " (" + pmd.portSpeedGbps() + " Gb/s, " + pmd.lanes()
                    + " lanes) cannot serve " + links + " links of " + linkSpeedGbps + " Gb/s: a broken-out port"
                    + " either holds " + links + " whole PMDs (link speed = the PMD's port speed) or splits its lanes"
                    + " evenly (link speed × links = the PMD's port speed)");
        }
        int mdis = pmd.mdiConnectorCount();
        if (mdis % links == 0) {
            return Mode.BY_MDI;
        }
        if (mdis == 1 && pmd.txPositions().size() % links == 0) {
            return Mode.BY_HARNESS;
        }
        throw new IllegalArgumentException(pmd.id() + " lights " + pmd.txPositions().size() + " Tx fibre(s) on each of"
                + " its " + mdis + " MDI(s): its lanes cannot be split into " + links + " links by fibre"
                + (pmd.txPositions().size() < pmd.lanes() ? " (it multiplexes lanes onto one fibre)" : ""));
    }

    private void requireFits(HarnessType h) {
        if (h.legCount() != links) {
            throw new IllegalArgumentException("harness " + h.id() + " has " + h.legCount() + " legs but the port serves "
                    + links + " links");
        }
        if (!h.commonConnectorId().equals(pmd.mdiConnectorId())) {
            throw new IllegalArgumentException("harness " + h.id() + " has a " + h.commonConnectorId() + " common plug"
                    + " but " + pmd.id() + "'s MDI is " + pmd.mdiConnectorId());
        }
        int tx = pmd.txPositions().size() / links;
        for (int k = 1; k <= links; k++) {
            Lanes l = lanes(k, 1);
            if (l.tx().size() != tx || l.rx().size() != tx) {
                throw new IllegalArgumentException("harness " + h.id() + " leg " + k + " carries " + l.tx().size()
                        + " of " + pmd.id() + "'s Tx and " + l.rx().size() + " of its Rx positions; each of the "
                        + links + " links needs " + tx + " of each");
            }
        }
    }

    /** Routed channels (MDIs) of one link. */
    public int channelsPerLink() {
        return channelsPerLink(pmd, links, mode);
    }

    /** Routed channels (MDIs) of one link of a port shared {@code mode}-wise by {@code links} links of {@code pmd}. */
    public static int channelsPerLink(Pmd pmd, int links, Mode mode) {
        return switch (mode) {
            case WHOLE, GANGED -> pmd.mdiConnectorCount();
            case BY_MDI -> pmd.mdiConnectorCount() / links;
            case BY_HARNESS -> 1;
        };
    }

    /** Tx fibres (and as many Rx) one channel of a link lights when {@code links} links share {@code mode}-wise. */
    public static int txPerChannel(Pmd pmd, int links, Mode mode) {
        return mode == Mode.BY_HARNESS ? pmd.txPositions().size() / links : pmd.txPositions().size();
    }

    /**
     * Why the two ends of a link cannot run one signal, or null when they can: both ends light as many channels and
     * as many Tx fibres per channel, on the same fibre kind at the same lane rate.
     *
     * @param lower       the lower end's PMD and its share mode and links per port
     * @param upper       the upper end's
     */
    public static String endsMismatch(Pmd lower, Mode lowerMode, int lowerLinks, Pmd upper, Mode upperMode,
            int upperLinks) {
        String both = lower.id() + " at the lower end and " + upper.id() + " at the upper end";
        if (lower.fibreKind() != upper.fibreKind() || lower.laneRateGbps() != upper.laneRateGbps()) {
            return both + " do not run the same lanes (" + lower.fibreKind() + " " + lower.laneRateGbps()
                    + " Gb/s against " + upper.fibreKind() + " " + upper.laneRateGbps() + " Gb/s per lane)";
        }
        int lc = channelsPerLink(lower, lowerLinks, lowerMode);
        int uc = channelsPerLink(upper, upperLinks, upperMode);
        if (lc != uc) {
            return both + " give a link " + lc + " and " + uc + " MDIs";
        }
        int lt = txPerChannel(lower, lowerLinks, lowerMode);
        int ut = txPerChannel(upper, upperLinks, upperMode);
        if (lt != ut) {
            return both + " light " + lt + " and " + ut + " Tx fibres per MDI of a link";
        }
        return null;
    }

    /** MDIs of the module in the port. */
    public int mdisOnModule() {
        return mode == Mode.GANGED ? links * pmd.mdiConnectorCount() : pmd.mdiConnectorCount();
    }

    /** The module's type as counted and priced: the PMD id, or {@code <links>x<PMD>} when ganged. */
    public String moduleType() {
        return mode == Mode.GANGED ? links + "x" + pmd.id() : pmd.id();
    }

    /** Links that share one MDI: all of the port's through a harness, else 1. */
    public int linksPerMdi() {
        return mode == Mode.BY_HARNESS ? links : 1;
    }

    /** Tx fibres (and as many Rx) one channel of a link lights. */
    public int txPerChannel() {
        return txPerChannel(pmd, links, mode);
    }

    /**
     * The MDI and positions one channel of one link lights.
     *
     * @param link    the link's lane group on the port, 1..links
     * @param channel the link's channel, 1..channelsPerLink()
     */
    public Lanes lanes(int link, int channel) {
        if (link < 1 || link > links || channel < 1 || channel > channelsPerLink()) {
            throw new IllegalArgumentException("link " + link + " channel " + channel + " outside " + links + " x "
                    + channelsPerLink());
        }
        return switch (mode) {
            case WHOLE, GANGED, BY_MDI -> new Lanes((link - 1) * channelsPerLink() + channel, pmd.txPositions(),
                    pmd.rxPositions());
            case BY_HARNESS -> new Lanes(1, harness.get().commonPositionsOn(link, pmd.txPositions()),
                    harness.get().commonPositionsOn(link, pmd.rxPositions()));
        };
    }

    /**
     * What one channel lights at its MDI.
     *
     * @param mdiOnModule the module's MDI, 1-based
     * @param tx          Tx positions on it
     * @param rx          Rx positions on it
     */
    public record Lanes(int mdiOnModule, List<Integer> tx, List<Integer> rx) {
        public Lanes {
            tx = List.copyOf(tx);
            rx = List.copyOf(rx);
        }
    }
}
