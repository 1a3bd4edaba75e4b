package org.cablesim.plant;

import org.cablesim.polarity.ChannelElement;

/**
 * One element of a resolved channel, between the two transceiver MDIs, with every physical fact resolved once
 * against the effective catalog. Its {@link #polarity()} view is what the polarity engine traces and checks.
 */
public sealed interface ResolvedElement permits CableRun, HarnessRun, MatedPair, CassetteModule, SplicePoint {
    /** What the element is. */
    ElementKind kind();

    /** Where it is, e.g. {@code panel R04-13.U42.05}; non-blank. */
    String label();

    /** The element as the polarity engine sees it (plugs, port routing, position maps). */
    ChannelElement polarity();

    /** Installed length, metres; 0 for elements that are not cables. */
    default double lengthM() {
        return 0;
    }
}
