package org.cablesim.search;

import java.util.List;
import org.cablesim.io.Setting;

/**
 * One point of a study's sweeps and designs: the fields it sets, with the run's seed shared by every point.
 *
 * @param index    the point's place among all points of the study, from 0 (sweeps first, then designs)
 * @param design   index of its sweep or design in {@link DesignPoints#designs()}
 * @param settings the fields set, one per parameter of its design, in the design's order
 */
public record DesignPoint(int index, int design, List<Setting> settings) {
    public DesignPoint {
        if (index < 0 || design < 0) {
            throw new IllegalArgumentException("index and design must be >= 0, were " + index + ", " + design);
        }
        settings = List.copyOf(settings);
    }

    /** The values as the report shows them, in parameter order. */
    public List<String> valueTexts() {
        return settings.stream().map(Setting::valueText).toList();
    }
}
