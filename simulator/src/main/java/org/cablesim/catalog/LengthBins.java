package org.cablesim.catalog;

import java.util.List;
import org.cablesim.stats.Checks;

/**
 * The stock lengths one kind of cable is sold in; a routed length is rounded up to the next stock length, and
 * beyond the longest one up to the next multiple of {@code customStepM} (made to order).
 *
 * @param id          catalog id: the cable kind, e.g. {@code trunk}, {@code cord}, {@code jumper}, {@code assembly}
 * @param lengthsM    stock lengths, metres, strictly ascending, each &gt; 0, non-empty
 * @param customStepM made-to-order lengths beyond the longest stock length are multiples of this, metres, &gt; 0
 * @param source      provenance note; non-blank
 */
public record LengthBins(String id, List<Double> lengthsM, double customStepM, String source) {
    public LengthBins {
        Sources.requireId("length bins", id);
        lengthsM = List.copyOf(lengthsM);
        if (lengthsM.isEmpty()) {
            throw new IllegalArgumentException("lengthsM must not be empty");
        }
        for (int i = 0; i < lengthsM.size(); i++) {
            double l = Checks.finite("lengthsM", lengthsM.get(i));
            if (!(l > 0) || (i > 0 && !(l > lengthsM.get(i - 1)))) {
                throw new IllegalArgumentException("lengthsM must be > 0 and strictly ascending, was " + lengthsM);
            }
        }
        if (!(Checks.finite("customStepM", customStepM) > 0)) {
            throw new IllegalArgumentException("customStepM must be > 0, was " + customStepM);
        }
        source = Sources.requireSource("length bins", id, source);
    }

    /**
     * The length a cable of at least {@code lengthM} is bought in: the smallest stock length ≥ it, or beyond the
     * longest stock length the next multiple of {@code customStepM}.
     *
     * @param lengthM required length, metres, ≥ 0
     */
    public double binFor(double lengthM) {
        Checks.nonNegative("length", lengthM);
        for (double stock : lengthsM) {
            // A hair of tolerance so that 3.0000000001 m of summed floating-point pitches still fits a 3 m cable.
            if (lengthM <= stock + 1e-9) {
                return stock;
            }
        }
        return Math.ceil(lengthM / customStepM - 1e-9) * customStepM;
    }

    /** Whether {@code lengthM} needs a made-to-order cable (longer than every stock length). */
    public boolean isCustom(double lengthM) {
        return lengthM > lengthsM.get(lengthsM.size() - 1) + 1e-9;
    }
}
