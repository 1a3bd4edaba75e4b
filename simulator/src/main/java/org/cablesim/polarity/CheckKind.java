package org.cablesim.polarity;

/**
 * The rule a check finds broken: the channel checks raise the first five, the plant checks the others; result
 * files name them in lower-hyphen case ({@code fibre-count}).
 */
public enum CheckKind {
    /** Tx lanes miss the far Rx lanes, or a Type-C element in a parallel link. */
    POLARITY,
    /** Pinned meets pinned, or unpinned meets unpinned. */
    GENDER,
    /** Offset key (MPO-16/32) meets centre key (MPO-8/12/24), or an array plug meets a duplex one. */
    KEY,
    /** APC meets a flat polish, or APC array plugs in a key-up/key-up adapter. */
    POLISH,
    /** Plugs of different ferrule geometry meet, or a lit lane reaches a position without a fibre. */
    FIBRE_COUNT,
    /** The tier's fibre type does not suit the PMD (single-mode vs multimode, or a grade it has no reach on). */
    FIBRE_TYPE,
    /** The channel is longer than the PMD reaches on the tier's fibre. */
    REACH,
    /** The channel's fibre loss alone reaches the PMD's budget: no mated pair can pass. */
    BUDGET,
    /** Panel ports or trunk fibres ran out under {@code onCapacityExhausted: fail}: the link is not cabled. */
    CAPACITY,
    /**
     * A rack holds more rack units than its height (or draws more than its power budget): the plan cannot be built
     * as drawn, but no channel's optics change, so no link fails certification; the violation names the rack.
     */
    RACK_SPACE,
    /**
     * A pathway segment (drop or tray) holds more cable cross-section than its fill limit allows: the plan cannot be
     * installed as drawn, but no channel's optics change; the violation names the segment.
     */
    TRAY_FILL;

    /**
     * Whether a violation of this kind breaks the link by design: its channel fails Tier-1 certification whatever
     * its connectors' losses (every kind except {@link #CAPACITY}, which leaves the link without cables instead, and
     * {@link #RACK_SPACE} and {@link #TRAY_FILL}, which are about a rack or a tray, not a channel).
     */
    public boolean breaksLink() {
        return this != CAPACITY && this != RACK_SPACE && this != TRAY_FILL;
    }

}
