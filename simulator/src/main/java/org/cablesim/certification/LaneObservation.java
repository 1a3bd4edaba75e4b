package org.cablesim.certification;

import java.util.List;
import java.util.Objects;

/**
 * One measured fibre: its known loss (fibre attenuation × length and fixed losses), its measured total loss and the
 * loss class of each mated pair it crosses, with the OTDR event loss of a pair where one was measured.
 *
 * @param key          what it is, for reports (e.g. {@code L000001 lane 3})
 * @param fixedLossDb  the deterministic part of its loss, dB, ≥ 0
 * @param lossDb       measured insertion loss, dB, finite
 * @param classes      loss-class id of each mated pair, in channel order
 * @param eventLossDb  OTDR event loss of each mated pair, dB, NaN where none was measured; same length as classes
 */
public record LaneObservation(String key, double fixedLossDb, double lossDb, List<String> classes,
        double[] eventLossDb) {
    public LaneObservation {
        Objects.requireNonNull(key, "key");
        classes = List.copyOf(classes);
        eventLossDb = eventLossDb.clone();
        if (eventLossDb.length != classes.size()) {
            throw new IllegalArgumentException(key + ": one event entry per mated pair");
        }
        if (!Double.isFinite(lossDb) || !(fixedLossDb >= 0)) {
            throw new IllegalArgumentException(key + ": loss must be finite and fixed loss >= 0");
        }
    }

    @Override
    public double[] eventLossDb() {
        return eventLossDb.clone();
    }
}
