package org.cablesim.polarity;

import java.util.Locale;
import java.util.Objects;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.Polish;

/**
 * One plug at the end of a cable or on a module port, with the facts that decide whether it mates.
 *
 * <p>{@code fibresPerRow} and {@code rows} describe the ferrule's positions, not its fibres: an
 * MPO-8 is a 12-position centre-keyed ferrule with 8 fibres (so it mates with an MPO-12), given as
 * {@code fibresPerRow = 12, rows = 1, fibreCount = 8}. A partly populated one-row ferrule carries
 * its fibres on the outer positions, {@code 1..f/2} and {@code N−f/2+1..N} (positions 1–4 and 9–12
 * for an MPO-8), which is the base-8 convention that matches DR4/SR4 transceiver lanes.
 *
 * @param connectorTypeId catalog id, e.g. {@code MPO-12-APC}; non-blank
 * @param fibresPerRow    positions per ferrule row, &ge; 1 (2 for an LC duplex plug pair)
 * @param rows            ferrule rows, &ge; 1 (2 for MPO-24/32)
 * @param key             key style
 * @param gender          guide-pin gender
 * @param polish          end-face polish
 * @param fibreCount      fibres actually present, 1..fibresPerRow×rows; fewer than all only on one row
 *                        and even
 */
public record ConnectorEnd(String connectorTypeId, int fibresPerRow, int rows, KeyStyle key, Gender gender,
                           Polish polish, int fibreCount) {

    public ConnectorEnd {
        if (connectorTypeId == null || connectorTypeId.isBlank()) {
            throw new IllegalArgumentException("connectorTypeId must be non-blank");
        }
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(polish, "polish");
        if (fibresPerRow < 1 || rows < 1) {
            throw new IllegalArgumentException(connectorTypeId + ": fibresPerRow and rows must be >= 1, were "
                    + fibresPerRow + " and " + rows);
        }
        int positions = fibresPerRow * rows;
        if (fibreCount < 1 || fibreCount > positions) {
            throw new IllegalArgumentException(connectorTypeId + ": fibreCount must be in 1.." + positions
                    + ", was " + fibreCount);
        }
        if (fibreCount < positions && (rows != 1 || fibreCount % 2 != 0)) {
            throw new IllegalArgumentException(connectorTypeId + ": a partly populated ferrule must have one row"
                    + " and an even fibre count, was " + fibreCount + " fibres on " + rows + " rows");
        }
    }

    /** A fully populated plug: {@code fibreCount = fibresPerRow × rows}. */
    public ConnectorEnd(String connectorTypeId, int fibresPerRow, int rows, KeyStyle key, Gender gender,
                        Polish polish) {
        this(connectorTypeId, fibresPerRow, rows, key, gender, polish, fibresPerRow * rows);
    }

    /** Ferrule positions, fibresPerRow × rows. */
    public int positions() {
        return fibresPerRow * rows;
    }

    /** Whether a fibre is present at a 1-based position (false outside the ferrule). */
    public boolean isPopulated(int position) {
        if (position < 1 || position > positions()) {
            return false;
        }
        if (fibreCount == positions()) {
            return true;
        }
        int half = fibreCount / 2;
        return position <= half || position > fibresPerRow - half;
    }

    /** True for MPO-style array plugs (centre or offset key). */
    public boolean isArray() {
        return key != KeyStyle.NONE;
    }

    /** The same plug with another gender (for building the mirror-image end of a cord). */
    public ConnectorEnd withGender(Gender newGender) {
        return new ConnectorEnd(connectorTypeId, fibresPerRow, rows, key, newGender, polish, fibreCount);
    }

    /** Short description for messages, e.g. {@code MPO-12-APC (pinned)}. */
    public String describe() {
        return connectorTypeId + " (" + gender.name().toLowerCase(Locale.ROOT) + ")";
    }
}
