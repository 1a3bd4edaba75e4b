package org.cablesim.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fan-out: one common array plug whose fibres run to several leg plugs, with the fibre map written out. The same
 * map is built as a breakout harness (a cable whose two ends differ: the common plug at a broken-out transceiver, one
 * leg per link) or mounted in a panel as a harness cassette ({@link CassetteConversion#HARNESS}: the common plug at
 * the rear, the legs at the front). Fibres of the common plug that no leg lists are not connected.
 *
 * @param id                catalog id, e.g. {@code MPO16-2xMPO12}
 * @param commonConnectorId connector of the common plug, e.g. {@code MPO-16}
 * @param legConnectorId    connector of every leg, e.g. {@code MPO-12}
 * @param legs              the legs in order (leg 1 first), ≥ 2; together they use every common position at most once
 * @param source            provenance note; non-blank
 */
public record HarnessType(String id, String commonConnectorId, String legConnectorId, List<Leg> legs,
        String source) {
    public HarnessType {
        Sources.requireId("harness", id);
        Sources.requireId("connector", commonConnectorId);
        Sources.requireId("connector", legConnectorId);
        legs = List.copyOf(legs);
        if (legs.size() < 2 || legs.size() > 64) {
            throw new IllegalArgumentException("a harness has 2..64 legs, was " + legs.size());
        }
        Set<Integer> common = new HashSet<>();
        for (int k = 0; k < legs.size(); k++) {
            for (int p : legs.get(k).commonPositions()) {
                if (!common.add(p)) {
                    throw new IllegalArgumentException("common position " + p + " is on two legs (again on leg "
                            + (k + 1) + ")");
                }
            }
        }
        source = Sources.requireSource("harness", id, source);
    }

    /** Legs (links or ports one harness serves). */
    public int legCount() {
        return legs.size();
    }

    /** Fibres the harness carries: the common positions its legs use. */
    public int fibres() {
        return legs.stream().mapToInt(l -> l.commonPositions().size()).sum();
    }

    /**
     * The common positions that reach leg {@code leg} among {@code positions}, in the order given: e.g. which of a
     * PMD's Tx positions a link on that leg lights.
     *
     * @param leg       1-based leg number
     * @param positions common-plug positions
     */
    public List<Integer> commonPositionsOn(int leg, List<Integer> positions) {
        List<Integer> on = legs.get(leg - 1).commonPositions();
        List<Integer> out = new ArrayList<>();
        for (int p : positions) {
            if (on.contains(p)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * One leg of a harness: fibre {@code i} runs from common position {@code commonPositions[i]} to leg position
     * {@code legPositions[i]}.
     *
     * @param legPositions    1-based positions on the leg plug, distinct, non-empty
     * @param commonPositions 1-based positions on the common plug, distinct, as many as legPositions
     */
    public record Leg(List<Integer> legPositions, List<Integer> commonPositions) {
        public Leg {
            legPositions = List.copyOf(legPositions);
            commonPositions = List.copyOf(commonPositions);
            if (legPositions.isEmpty() || legPositions.size() != commonPositions.size()) {
                throw new IllegalArgumentException("a leg lists as many leg positions as common positions (at least"
                        + " one), were " + legPositions.size() + " and " + commonPositions.size());
            }
            requireDistinct("legPositions", legPositions);
            requireDistinct("commonPositions", commonPositions);
        }

        private static void requireDistinct(String field, List<Integer> positions) {
            if (positions.stream().anyMatch(p -> p < 1) || new HashSet<>(positions).size() != positions.size()) {
                throw new IllegalArgumentException(field + " must be distinct 1-based positions, were " + positions);
            }
        }
    }
}
