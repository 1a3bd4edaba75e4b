package org.cablesim.plant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;

/**
 * The spares bought with a plan: for each BOM line of replaceable parts ({@link BomLine#replaceable()}) a line
 * {@code spare <item>} at the same price. The quantities are the stock the lifecycle simulation assumes on hand
 * (the scenario's {@code lifecycle.spares}): a kind with an explicit count spreads that count over its lines in
 * proportion to their quantities (largest remainder, ties to the earlier line), so the BOM buys exactly the
 * lifecycle's stock; the other kinds buy {@link SparesSpec#ofFraction ⌈fraction × quantity⌉} per line, at least one
 * of every part number (at least the lifecycle's pooled ⌈fraction × installed⌉ of the kind); an unlimited stock buys
 * at {@link SparesSpec#DEFAULT_FRACTION_OF_INSTALLED}.
 */
final class BomSpares {
    private BomSpares() {
    }

    static List<BomLine> of(List<BomLine> installed, SparesSpec spec) {
        double fraction = Double.isInfinite(spec.fractionOfInstalled()) ? SparesSpec.DEFAULT_FRACTION_OF_INSTALLED
                : spec.fractionOfInstalled();
        Map<PartKind, long[]> explicit = explicitShares(installed, spec);
        Map<PartKind, Integer> seen = new EnumMap<>(PartKind.class);
        List<BomLine> out = new ArrayList<>();
        for (BomLine line : installed) {
            if (line.replaceable().isEmpty() || line.quantity() < 1) {
                continue;
            }
            PartKind kind = line.replaceable().get();
            long[] shares = explicit.get(kind);
            long spares = shares == null ? SparesSpec.ofFraction(fraction, Math.round(line.quantity()))
                    : shares[seen.merge(kind, 1, Integer::sum) - 1];
            if (spares > 0) {
                out.add(line.spare(spares));
            }
        }
        return out;
    }

    /** Per kind with an explicit count, that count split over the kind's lines (in line order) by largest remainder. */
    private static Map<PartKind, long[]> explicitShares(List<BomLine> installed, SparesSpec spec) {
        Map<PartKind, long[]> out = new EnumMap<>(PartKind.class);
        spec.perKind().forEach((kind, count) -> {
            List<Long> q = installed.stream().filter(l -> l.replaceable().equals(java.util.Optional.of(kind))
                    && l.quantity() >= 1).map(l -> Math.round(l.quantity())).toList();
            long total = q.stream().mapToLong(Long::longValue).sum();
            long[] share = new long[q.size()];
            if (total == 0) {
                out.put(kind, share);
                return;
            }
            long given = 0;
            for (int i = 0; i < share.length; i++) {
                share[i] = count * q.get(i) / total;
                given += share[i];
            }
            // the rest, one each, to the largest remainders count × q mod total (earlier line first on ties)
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < share.length; i++) {
                order.add(i);
            }
            order.sort((a, b) -> Long.compare(count * q.get(b) % total, count * q.get(a) % total));
            for (int i = 0; given < count; i++, given++) {
                share[order.get(i)]++;
            }
            out.put(kind, share);
        });
        return out;
    }
}
