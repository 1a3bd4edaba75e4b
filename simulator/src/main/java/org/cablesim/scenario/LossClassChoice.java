package org.cablesim.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * The loss class (catalog id) of each kind of mated pair in a tier, for the loss engine; empty = the plant's
 * default ({@code mpo-standard} for array plugs, {@code lc-standard} for duplex ones).
 *
 * @param mdi      the two mated pairs at the transceivers
 * @param adapter  panel adapters (and cross-connect adapters)
 * @param cassette the adapters at a cassette's rear and front
 * @param splice   the fusion splices along a trunk with splice points; empty = {@code splice-fusion}
 */
public record LossClassChoice(Optional<String> mdi, Optional<String> adapter, Optional<String> cassette,
        Optional<String> splice) {
    /** The classes of the mated pairs; splices at their default. */
    public LossClassChoice(Optional<String> mdi, Optional<String> adapter, Optional<String> cassette) {
        this(mdi, adapter, cassette, Optional.empty());
    }

    public LossClassChoice {
        Objects.requireNonNull(splice, "splice");
        Objects.requireNonNull(mdi, "mdi");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(cassette, "cassette");
    }

    /** Every class left to the default. */
    public static LossClassChoice defaults() {
        return new LossClassChoice(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
