package org.cablesim.polarity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cablesim.catalog.Gender;

/**
 * A transceiver MDI at one end of a channel and its PMD lane assignment, e.g. 400GBASE-DR4 on
 * MPO-12: Tx 1–4, Rx 9–12. Positions are numbered as on the plug that mates with it (the MDI
 * mating itself is taken as position-preserving, the convention under which a single Type-B cord
 * joins two transceivers).
 *
 * @param label       for messages, e.g. {@code leaf-03 port 17}; non-blank
 * @param port        which plug of the channel's end element the MDI mates with, &ge; 1
 * @param txPositions transmit positions, non-empty, distinct, &ge; 1
 * @param rxPositions receive positions, same count as Tx, distinct, disjoint from Tx
 * @param mdi         the MDI receptacle's own plug facts when known (must be pinned); when empty, only
 *                    gender is checked, the MDI assumed pinned and otherwise matching
 */
public record TransceiverPort(String label, int port, List<Integer> txPositions, List<Integer> rxPositions,
                              Optional<ConnectorEnd> mdi) {

    public TransceiverPort {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("transceiver label must be non-blank");
        }
        if (port < 1) {
            throw new IllegalArgumentException(label + ": port is 1-based, was " + port);
        }
        txPositions = List.copyOf(txPositions);
        rxPositions = List.copyOf(rxPositions);
        Objects.requireNonNull(mdi, "mdi");
        if (txPositions.isEmpty() || txPositions.size() != rxPositions.size()) {
            throw new IllegalArgumentException(label + ": need as many Rx as Tx positions (at least one), got "
                    + txPositions + " and " + rxPositions);
        }
        Set<Integer> seen = new HashSet<>();
        List<Integer> all = new ArrayList<>(txPositions);
        all.addAll(rxPositions);
        for (int p : all) {
            if (p < 1 || !seen.add(p)) {
                throw new IllegalArgumentException(label + ": Tx/Rx positions must be >= 1 and all distinct, got Tx "
                        + txPositions + " Rx " + rxPositions);
            }
        }
        if (mdi.isPresent() && mdi.get().gender() != Gender.PINNED && mdi.get().isArray()) {
            throw new IllegalArgumentException(label + ": transceiver array MDIs are pinned");
        }
    }

    /** A pinned MDI with the given lane assignment on port 1, other plug facts assumed to match. */
    public static TransceiverPort of(String label, int[] tx, int[] rx) {
        return new TransceiverPort(label, 1, toList(tx), toList(rx), Optional.empty());
    }

    /** The same lanes on another port of the channel's end element. */
    public TransceiverPort onPort(int newPort) {
        return new TransceiverPort(label, newPort, txPositions, rxPositions, mdi);
    }

    /** The same lanes with a known MDI plug. */
    public TransceiverPort withMdi(ConnectorEnd mdiPlug) {
        return new TransceiverPort(label, port, txPositions, rxPositions, Optional.of(mdiPlug));
    }

    /** Whether this number of lanes makes a parallel (more than one Tx fibre) signal. */
    public boolean isParallel() {
        return txPositions.size() > 1;
    }

    private static List<Integer> toList(int[] positions) {
        List<Integer> list = new ArrayList<>(positions.length);
        for (int p : positions) {
            list.add(p);
        }
        return list;
    }
}
