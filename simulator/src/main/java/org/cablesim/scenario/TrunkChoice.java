package org.cablesim.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.PolarityType;

/**
 * How a tier's trunks are built: {@code legs} plugs of one connector type at each end (fibres = legs × the
 * connector's fibres), their polarity type, leg order, plug gender and polish. Empty values take the defaults the
 * plant derives from the PMD and the other choices.
 *
 * @param connectorId  catalog id of each leg's connector (MPO-8/12/16/24/32); empty = the PMD's MDI connector
 * @param legs         legs per trunk end, 1..144; empty = 144 fibres' worth (at least 1)
 * @param type         polarity type, A, B or C; empty = by polarity method
 * @param legsReversed whether leg k arrives at leg legs+1−k (a trunk numbered in opposite order at its two ends)
 * @param gender       plug gender at both ends; empty = unpinned when a cassette takes the legs, else pinned
 * @param polish       plug polish; empty = the tier polish
 * @param perPanelPair trunks provisioned between every pair of panel locations that carry links, 1..1000
 * @param splicePoints fusion-splice points along every trunk, 0..4 (a high-fibre-count cable spliced to
 *                     pre-terminated tails, or to another length): every trunk fibre is spliced at each
 */
public record TrunkChoice(Optional<String> connectorId, OptionalInt legs, Optional<PolarityType> type,
        boolean legsReversed, Optional<Gender> gender, Optional<Polish> polish, int perPanelPair, int splicePoints) {
    /** Most splice points along one trunk. */
    public static final int MAX_SPLICE_POINTS = 4;

    /** A trunk without splices. */
    public TrunkChoice(Optional<String> connectorId, OptionalInt legs, Optional<PolarityType> type,
            boolean legsReversed, Optional<Gender> gender, Optional<Polish> polish, int perPanelPair) {
        this(connectorId, legs, type, legsReversed, gender, polish, perPanelPair, 0);
    }

    public TrunkChoice {
        if (splicePoints < 0 || splicePoints > MAX_SPLICE_POINTS) {
            throw new IllegalArgumentException("splicePoints must be in 0.." + MAX_SPLICE_POINTS + ", was "
                    + splicePoints);
        }
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(legs, "legs");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(polish, "polish");
        if (legs.isPresent() && (legs.getAsInt() < 1 || legs.getAsInt() > 144)) {
            throw new IllegalArgumentException("trunk legs must be in 1..144, was " + legs.getAsInt());
        }
        if (gender.isPresent() && gender.get() == Gender.NONE) {
            throw new IllegalArgumentException("trunk legs are pinned or unpinned");
        }
        if (perPanelPair < 1 || perPanelPair > 1000) {
            throw new IllegalArgumentException("perPanelPair must be in 1..1000, was " + perPanelPair);
        }
    }

    /** Every value left to the plant's defaults. */
    public static TrunkChoice defaults() {
        return new TrunkChoice(Optional.empty(), OptionalInt.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), 1, 0);
    }
}
