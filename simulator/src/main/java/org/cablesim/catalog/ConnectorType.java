package org.cablesim.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A connector type: its ferrule positions (row 1 is 1..fibresPerRow, row 2 continues from fibresPerRow + 1),
 * which of them carry fibre, its key style and the polishes and genders it is made in.
 *
 * @param id                 catalog id, e.g. {@code MPO-12}
 * @param fibresPerRow       ferrule positions per row, 1..32 (MPO-8 uses a 12-position ferrule: 12)
 * @param rows               rows of positions, 1..2
 * @param populatedPositions 1-based positions that carry fibre, ascending, within fibresPerRow × rows
 *                           (MPO-8: 1–4 and 9–12)
 * @param keyStyle           centre, offset or none; centre and offset keys cannot mate
 * @param polishOptions      polishes the type is sold in, non-empty
 * @param genderOptions      genders the type is sold in, non-empty; {@code [NONE]} for pinless connectors
 * @param source             provenance note; non-blank
 */
public record ConnectorType(
        String id,
        int fibresPerRow,
        int rows,
        List<Integer> populatedPositions,
        KeyStyle keyStyle,
        List<Polish> polishOptions,
        List<Gender> genderOptions,
        String source) {

    public ConnectorType {
        Sources.requireId("connector", id);
        if (fibresPerRow < 1 || fibresPerRow > 32) {
            throw new IllegalArgumentException("fibresPerRow must be in 1..32, was " + fibresPerRow);
        }
        if (rows < 1 || rows > 2) {
            throw new IllegalArgumentException("rows must be 1 or 2, was " + rows);
        }
        populatedPositions = List.copyOf(populatedPositions);
        int positions = fibresPerRow * rows;
        if (populatedPositions.isEmpty()) {
            throw new IllegalArgumentException("populatedPositions must not be empty");
        }
        for (int i = 0; i < populatedPositions.size(); i++) {
            int p = populatedPositions.get(i);
            if (p < 1 || p > positions) {
                throw new IllegalArgumentException("populated position " + p + " is outside 1.." + positions);
            }
            if (i > 0 && p <= populatedPositions.get(i - 1)) {
                throw new IllegalArgumentException("populatedPositions must be strictly ascending");
            }
        }
        if (keyStyle == null) {
            throw new IllegalArgumentException("keyStyle must be set");
        }
        polishOptions = List.copyOf(polishOptions);
        genderOptions = List.copyOf(genderOptions);
        if (polishOptions.isEmpty() || genderOptions.isEmpty()) {
            throw new IllegalArgumentException("polishOptions and genderOptions must not be empty");
        }
        if (new HashSet<>(polishOptions).size() != polishOptions.size()
                || new HashSet<>(genderOptions).size() != genderOptions.size()) {
            throw new IllegalArgumentException("polishOptions and genderOptions must not repeat a value");
        }
        if (genderOptions.contains(Gender.NONE) && genderOptions.size() > 1) {
            throw new IllegalArgumentException("genderOptions NONE excludes PINNED and UNPINNED");
        }
        source = Sources.requireSource("connector", id, source);
    }

    /** All positions 1..n as a list, for connectors whose every position carries fibre. */
    public static List<Integer> allPositions(int fibresPerRow, int rows) {
        return IntStream.rangeClosed(1, fibresPerRow * rows).boxed().toList();
    }

    /** Ferrule positions, populated or not (fibresPerRow × rows). */
    public int positionCount() {
        return fibresPerRow * rows;
    }

    /** Fibres the connector carries (populated positions). */
    public int fibreCount() {
        return populatedPositions.size();
    }

    /** Whether the connector has guide pins at all (MPO) rather than none (LC). */
    public boolean hasGender() {
        return !genderOptions.contains(Gender.NONE);
    }
}
