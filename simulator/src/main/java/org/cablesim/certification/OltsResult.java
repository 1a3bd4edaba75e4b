package org.cablesim.certification;

import java.util.Objects;

/**
 * One row of measured OLTS results.
 *
 * @param row          row number in its file (for messages), ≥ 1
 * @param label        the channel as a tester names it: its link id ({@code L000001}, {@code L000001/2} for the
 *                     second MDI) or the label of either end ({@code R01-01.su01-srv001:1})
 * @param lane         lane as in test-limits.csv, 1-based; 0 for a whole-channel result (the worst fibre)
 * @param wavelengthNm test wavelength, nm
 * @param lossDb       measured insertion loss, dB
 */
public record OltsResult(int row, String label, int lane, double wavelengthNm, double lossDb) {
    public OltsResult {
        Objects.requireNonNull(label, "label");
    }
}
