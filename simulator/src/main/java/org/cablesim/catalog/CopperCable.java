package org.cablesim.catalog;

/**
 * A copper cable with its ends built in (no transceivers, no fibre): a passive direct-attach cable (DAC), a linear
 * active one (ACC, linear amplifiers) or an active electrical one (AEC, retimers), for in-rack NIC–leaf links.
 *
 * @param id        catalog id, e.g. {@code DAC-800G-2x400G}
 * @param kind      DAC, ACC or AEC
 * @param speedGbps speed of each NIC-side end, Gb/s, ≥ 1
 * @param ends      NIC-side ends per cable, 1..8: 1 for a straight cable, 2 for a 1:2 split (one switch port, two
 *                  NICs)
 * @param reachM    longest cable made, metres, &gt; 0
 * @param source    provenance note; non-blank
 */
public record CopperCable(String id, Kind kind, int speedGbps, int ends, double reachM, String source) {
    /** What drives the copper. */
    public enum Kind {
        /** Passive direct-attach copper. */
        DAC,
        /** Linear active copper (amplifiers, no DSP). */
        ACC,
        /** Active electrical cable (retimers). */
        AEC
    }

    public CopperCable {
        Sources.requireId("copper cable", id);
        if (kind == null) {
            throw new IllegalArgumentException("kind must be set");
        }
        if (speedGbps < 1 || ends < 1 || ends > 8) {
            throw new IllegalArgumentException("speedGbps must be >= 1 and ends in 1..8, were " + speedGbps + ", "
                    + ends);
        }
        if (!(reachM > 0) || Double.isInfinite(reachM)) {
            throw new IllegalArgumentException("reachM must be > 0, was " + reachM);
        }
        source = Sources.requireSource("copper cable", id, source);
    }
}
