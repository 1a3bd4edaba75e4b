package org.cablesim.catalog;

import org.cablesim.stats.Checks;

/**
 * One labour-time line: minutes spent per task or per metre (rough street prices: no public AI-hall figure, all [assume]).
 *
 * @param id       catalog id, e.g. {@code mated-pair} (inspect, clean, mate, test one mated pair)
 * @param unit     per task or per metre
 * @param minutes  minutes per unit, ≥ 0
 * @param source   provenance note; non-blank
 */
public record LabourEntry(String id, LabourUnit unit, double minutes, String source) {
    public LabourEntry {
        Sources.requireId("labour entry", id);
        if (unit == null) {
            throw new IllegalArgumentException("unit must be set");
        }
        if (!(Checks.finite("minutes", minutes) >= 0)) {
            throw new IllegalArgumentException("minutes must be >= 0, was " + minutes);
        }
        source = Sources.requireSource("labour entry", id, source);
    }
}
