package org.cablesim.polarity;

import java.util.Optional;

/**
 * A fusion (or mass-fusion ribbon) splice: fibre k of one side joins fibre k of the other, port k to
 * port k. No plugs meet here, so gender, key and polish are not checked across it.
 *
 * @param label where the splice is, e.g. {@code tray 3}; non-blank
 */
public record Splice(String label) implements Junction {

    public Splice {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("splice label must be non-blank");
        }
    }

    @Override
    public Splice withLabel(String newLabel) {
        return new Splice(newLabel);
    }

    @Override
    public Optional<Integer> routePort(int nearPort) {
        return Optional.of(nearPort);
    }

    @Override
    public Optional<Integer> routePortBack(int farPort) {
        return Optional.of(farPort);
    }

    @Override
    public PositionMap positionMap(int fibresPerRow, int rows) {
        return PositionMap.straight(fibresPerRow * rows);
    }
}
