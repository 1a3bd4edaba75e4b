package org.cablesim.certification;

import java.util.Objects;

/**
 * One OTDR event: the loss (and reflectance) of one mated pair seen on one fibre.
 *
 * @param row           row number in its file, ≥ 1
 * @param label         the channel, as in {@link OltsResult#label()}
 * @param lane          lane, 1-based
 * @param event         the mated pair: its label in links.csv's trace ({@code panel R01-01.U42.05}) or its
 *                      1-based position among the channel's counted connections
 * @param lossDb        event loss, dB
 * @param reflectanceDb event reflectance, dB; NaN when not given
 */
public record OtdrEvent(int row, String label, int lane, String event, double lossDb, double reflectanceDb) {
    public OtdrEvent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(event, "event");
    }
}
