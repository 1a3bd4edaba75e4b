package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.optics.MatedPairLossModel;

/**
 * The optical facts of one kind of mated pair, resolved once per tier: its catalog loss class, the loss model the
 * class resolves to on the tier's fibre, and the reflectance of a clean pair.
 *
 * @param lossClassId   catalog id of the loss class, non-blank
 * @param lossModel     joint per-position insertion loss of one mating, dB
 * @param reflectanceDb reflectance of a clean pair, dB, finite, &lt; 0 (the worse of the two plugs' polish classes;
 *                      multimode pairs use the multimode class)
 */
public record MatingOptics(String lossClassId, MatedPairLossModel lossModel, double reflectanceDb) {
    public MatingOptics {
        CableRun.requireText("lossClassId", lossClassId);
        Objects.requireNonNull(lossModel, "lossModel");
        if (!(reflectanceDb < 0) || Double.isInfinite(reflectanceDb)) {
            throw new IllegalArgumentException("reflectanceDb must be finite and < 0, was " + reflectanceDb);
        }
    }
}
