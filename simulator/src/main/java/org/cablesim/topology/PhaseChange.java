package org.cablesim.topology;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one growth phase changes in the fabric of the phase before (all empty for the initial phase).
 *
 * @param devicesAdded  new devices per role, every role present
 * @param linksAdded    new links per tier name, in tier order
 * @param moves         links whose upper end moves, in link order
 * @param removedLinks  links of the phase before that the phase drops (none in a Clos that only grows)
 * @param tiersAdded    tiers the phase brings in (e.g. {@code spine-core} when a core tier appears)
 */
public record PhaseChange(Map<DeviceRole, Integer> devicesAdded, Map<String, Integer> linksAdded,
        List<LinkMove> moves, List<String> removedLinks, List<String> tiersAdded) {
    public PhaseChange {
        EnumMap<DeviceRole, Integer> roles = new EnumMap<>(DeviceRole.class);
        for (DeviceRole role : DeviceRole.values()) {
            roles.put(role, devicesAdded.getOrDefault(role, 0));
        }
        devicesAdded = Collections.unmodifiableMap(roles);
        linksAdded = Collections.unmodifiableMap(new LinkedHashMap<>(linksAdded));
        moves = List.copyOf(moves);
        removedLinks = List.copyOf(removedLinks);
        tiersAdded = List.copyOf(tiersAdded);
    }

    /** The change of the initial phase: nothing. */
    static PhaseChange none() {
        return new PhaseChange(Map.of(), Map.of(), List.of(), List.of(), List.of());
    }

    /** New links over all tiers. */
    public int linksAddedTotal() {
        return linksAdded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Moved links per tier name, in order of first appearance. */
    public Map<String, Integer> movesByTier() {
        Map<String, Integer> m = new LinkedHashMap<>();
        moves.forEach(move -> m.merge(move.tierName(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }
}
