package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.polarity.Splice;

/**
 * A fusion-splice point along a trunk of a resolved channel: every trunk fibre is spliced here (a high-fibre-count
 * cable spliced to pre-terminated tails or to another length). No plugs meet, so no gender, key or polish applies;
 * each lane draws the splice loss class's loss, like a mated pair.
 *
 * @param label   where it is, e.g. {@code splice T000012 #1}; non-blank
 * @param splice  its polarity view: fibre k to fibre k, leg to leg
 * @param optics  loss class, loss model and reflectance of one splice
 * @param point   which splice point along the trunk, 1-based from the near end
 * @param trunkId the trunk it is on, e.g. {@code T000012}; non-blank
 */
public record SplicePoint(String label, Splice splice, MatingOptics optics, int point, String trunkId)
        implements ResolvedElement {
    public SplicePoint {
        CableRun.requireText("label", label);
        CableRun.requireText("trunkId", trunkId);
        Objects.requireNonNull(splice, "splice");
        Objects.requireNonNull(optics, "optics");
        if (point < 1) {
            throw new IllegalArgumentException("point is 1-based, was " + point);
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.SPLICE;
    }

    @Override
    public Splice polarity() {
        return splice;
    }
}
