package org.cablesim.polarity;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A mated pair: the adapter (or adapter row, one per port) where the previous element's far plugs
 * meet the next element's near plugs.
 *
 * @param label       where the adapter is, e.g. {@code panel P01 port 5}; non-blank
 * @param keying      key-up/key-down (Type-A) or key-up/key-up (Type-B)
 * @param portRouting previous element's far port → next element's near port; empty means port k
 *                    meets port k and both sides have the same port count. Ports left out are not
 *                    part of this channel (they carry other links). Must be one-to-one.
 */
public record Adapter(String label, AdapterKeying keying, Map<Integer, Integer> portRouting) implements Junction {

    public Adapter {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("adapter label must be non-blank");
        }
        Objects.requireNonNull(keying, "keying");
        portRouting = Map.copyOf(new TreeMap<>(Objects.requireNonNull(portRouting, "portRouting")));
        Set<Integer> targets = new HashSet<>();
        for (Map.Entry<Integer, Integer> e : portRouting.entrySet()) {
            if (e.getKey() < 1 || e.getValue() < 1) {
                throw new IllegalArgumentException(label + ": ports are 1-based, got " + e);
            }
            if (!targets.add(e.getValue())) {
                throw new IllegalArgumentException(label + ": two ports routed to port " + e.getValue());
            }
        }
    }

    /** An adapter meeting port k to port k. */
    @Override
    public Adapter withLabel(String newLabel) {
        return new Adapter(newLabel, keying, portRouting);
    }

    public static Adapter of(String label, AdapterKeying keying) {
        return new Adapter(label, keying, Map.of());
    }

    /** An adapter continuing a single port of the previous element onto a single port of the next. */
    public static Adapter routed(String label, AdapterKeying keying, int fromPort, int toPort) {
        return new Adapter(label, keying, Map.of(fromPort, toPort));
    }

    /** Whether the ports meet one to one by index. */
    public boolean isIdentityRouting() {
        return portRouting.isEmpty();
    }

    @Override
    public Optional<Integer> routePort(int nearPort) {
        return isIdentityRouting() ? Optional.of(nearPort) : Optional.ofNullable(portRouting.get(nearPort));
    }

    @Override
    public Optional<Integer> routePortBack(int farPort) {
        if (isIdentityRouting()) {
            return Optional.of(farPort);
        }
        return portRouting.entrySet().stream().filter(e -> e.getValue() == farPort).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public PositionMap positionMap(int fibresPerRow, int rows) {
        return keying == AdapterKeying.KEY_UP_KEY_UP
                ? PositionMap.mirrored(fibresPerRow, rows)
                : PositionMap.rowsSwapped(fibresPerRow, rows);
    }
}
