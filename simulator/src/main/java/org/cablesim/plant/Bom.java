package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LabourEntry;
import org.cablesim.catalog.PriceEntry;
import org.cablesim.scenario.Architecture;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalLink;

/**
 * A plan's bill of materials priced from the catalog price book: transceivers, trunks, cords, jumpers, assemblies,
 * cassettes, adapters, panels and labour, per tier.
 *
 * <p>Prices (all user-overridable catalog entries): a transceiver {@code transceiver:<module>}, a broken-out switch
 * module {@code transceiver:<b>x<PMD>} or else b × the PMD's; a trunk legs × ({@code trunk-assembly:<connector>} +
 * length × {@code trunk-metre:<connector>}); a cord or jumper {@code cord:<connector>} + length ×
 * {@code cord-metre:<connector>}; a direct assembly as a one-leg trunk; {@code cassette:<id>};
 * {@code adapter:<connector>}; panels per rack unit {@code panel-ru}. Labour: (mated pairs, MDIs included, ×
 * {@code labour.mated-pair} + cords, jumpers and assemblies × {@code labour.cord-route} + trunk metres ×
 * {@code labour.trunk-route}) minutes at {@code labour-rate} per hour.
 *
 * @param lines every line, by tier then category
 */
public record Bom(List<BomLine> lines) {
    public Bom {
        lines = List.copyOf(lines);
    }

    /** Total cost, USD. */
    public double totalUsd() {
        return lines.stream().mapToDouble(BomLine::totalUsd).sum();
    }

    /** Cost per category in category order (every category present), USD. */
    public Map<BomLine.Category, Double> byCategory() {
        Map<BomLine.Category, Double> m = new EnumMap<>(BomLine.Category.class);
        for (BomLine.Category c : BomLine.Category.values()) {
            m.put(c, 0.0);
        }
        lines.forEach(l -> m.merge(l.category(), l.totalUsd(), Double::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Cost per tier in tier order, USD. */
    public Map<String, Double> byTier() {
        Map<String, Double> m = new LinkedHashMap<>();
        lines.forEach(l -> m.merge(l.tierName(), l.totalUsd(), Double::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Price-book ids the BOM needed but the catalog lacks (their lines count 0). */
    public List<String> unpricedIds() {
        return lines.stream().filter(l -> !l.priced()).map(BomLine::priceIds).distinct().toList();
    }

    /** Prices a routed plan with its catalog. */
    public static Bom of(CablingPlan plan) {
        return new Pricer(plan).price();
    }

    /** Builds the lines. */
    private static final class Pricer {
        private final CablingPlan plan;
        private final Catalog catalog;
        private final List<BomLine> lines = new ArrayList<>();

        Pricer(CablingPlan plan) {
            this.plan = plan;
            this.catalog = plan.catalog();
        }

        Bom price() {
            PlantCounts counts = plan.counts();
            for (TierPlant tp : plan.tiers()) {
                String tier = tp.tier().name();
                transceivers(tp);
                cables(tp);
                TierCounts c = counts.byTier().get(tier);
                if (tp.cassette() != null && c.cassettes() > 0) {
                    each(BomLine.Category.CASSETTES, tier, "cassette " + tp.cassette().id(), c.cassettes(),
                            "cassette:" + tp.cassette().id());
                }
                adapters(tp);
                if (c.rackUnits() > 0) {
                    each(BomLine.Category.PANELS, tier, "panel rack units (" + tp.panels().portsPerPanel()
                            + "-port panels of " + tp.panels().ruPerPanel() + " RU)", c.rackUnits(), "panel-ru");
                }
                labour(tp, c);
            }
            return new Bom(lines);
        }

        private void transceivers(TierPlant tp) {
            Map<String, Integer> modules = new TreeMap<>();
            for (int l = 0; l < plan.linkCount(); l++) {
                LogicalLink link = plan.fabric().links().get(l);
                if (link.tierIndex() != tp.index()) {
                    continue;
                }
                String module = PlantCounts.moduleType(tp);
                if (plan.fabric().device(link.fromDeviceId()).role() == DeviceRole.SERVER) {
                    modules.merge(tp.pmd().id(), 1, Integer::sum);
                } else if (link.switchPortBreakoutLane() == 1) {
                    modules.merge(module, 1, Integer::sum);
                }
                if (link.switchPortBreakoutLane() == 1) {
                    modules.merge(module, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> m : modules.entrySet()) {
                String id = "transceiver:" + m.getKey();
                Optional<PriceEntry> direct = catalog.findPrice(id);
                int b = tp.tier().breakout();
                if (direct.isEmpty() && !m.getKey().equals(tp.pmd().id())) {
                    String single = "transceiver:" + tp.pmd().id();
                    Optional<PriceEntry> p = catalog.findPrice(single);
                    add(BomLine.Category.TRANSCEIVERS, tp.tier().name(), m.getKey() + " module", m.getValue(), "each",
                            p.map(e -> b * e.priceUsd()).orElse(0.0), b + " x " + single, p.isPresent());
                } else {
                    each(BomLine.Category.TRANSCEIVERS, tp.tier().name(), m.getKey() + " module", m.getValue(), id);
                }
            }
        }

        private void cables(TierPlant tp) {
            String tier = tp.tier().name();
            Map<Double, Integer> trunks = new TreeMap<>();
            for (int t = 0; t < plan.trunkCount(); t++) {
                if (plan.trunkTier(t) == tp.index()) {
                    trunks.merge(plan.trunkLengthM(t), 1, Integer::sum);
                }
            }
            String conn = tp.trunkConnector().id();
            for (Map.Entry<Double, Integer> e : trunks.entrySet()) {
                perLength(BomLine.Category.TRUNKS, tier, "trunk " + tp.trunkBuild(), e.getKey(), e.getValue(),
                        tp.legs(), "trunk-assembly:" + conn, "trunk-metre:" + conn);
            }
            Map<String, Map<Double, Integer>> cords = new TreeMap<>();
            Map<String, Map<Double, Integer>> jumpers = new TreeMap<>();
            Map<Double, Integer> assemblies = new TreeMap<>();
            PlantLayout layout = plan.layout();
            String lower = tp.lowerEquip().connectorTypeId();
            String upper = tp.upperEquip().connectorTypeId();
            for (int s = 0; s < layout.subChannels(); s++) {
                int link = layout.subLink()[s];
                if (plan.fabric().links().get(link).tierIndex() != tp.index()) {
                    continue;
                }
                if (tp.architecture() == Architecture.DIRECT) {
                    assemblies.merge(plan.assemblyLengthM(tp, link), 1, Integer::sum);
                    continue;
                }
                int t = layout.subTrunk()[s];
                cords.computeIfAbsent(lower, k -> new TreeMap<>()).merge(plan.lowerCordLengthM(tp, link, t), 1,
                        Integer::sum);
                cords.computeIfAbsent(upper, k -> new TreeMap<>()).merge(plan.upperCordLengthM(tp, link, t), 1,
                        Integer::sum);
                if (tp.architecture() == Architecture.CROSS_CONNECT) {
                    double j = CablingPlan.jumperLengthM(tp);
                    jumpers.computeIfAbsent(lower, k -> new TreeMap<>()).merge(j, 1, Integer::sum);
                    jumpers.computeIfAbsent(upper, k -> new TreeMap<>()).merge(j, 1, Integer::sum);
                }
            }
            cords.forEach((c, byLength) -> byLength.forEach((len, n) -> perLength(BomLine.Category.CORDS, tier,
                    c + " cord", len, n, 1, "cord:" + c, "cord-metre:" + c)));
            jumpers.forEach((c, byLength) -> byLength.forEach((len, n) -> perLength(BomLine.Category.JUMPERS, tier,
                    c + " jumper", len, n, 1, "cord:" + c, "cord-metre:" + c)));
            assemblies.forEach((len, n) -> perLength(BomLine.Category.ASSEMBLIES, tier, lower + " assembly", len, n,
                    1, "trunk-assembly:" + lower, "trunk-metre:" + lower));
        }

        private void adapters(TierPlant tp) {
            String tier = tp.tier().name();
            int trunkPorts = 0;
            for (int t = 0; t < plan.trunkCount(); t++) {
                if (plan.trunkTier(t) == tp.index() && tp.cassette() == null) {
                    trunkPorts += 2 * tp.legs();
                }
            }
            if (trunkPorts > 0) {
                String c = tp.trunkConnector().id();
                each(BomLine.Category.ADAPTERS, tier, c + " adapter (Type-" + (tp.keying().name().endsWith("DOWN")
                        ? "A" : "B") + ")", trunkPorts, "adapter:" + c);
            }
            if (tp.architecture() == Architecture.CROSS_CONNECT) {
                int xc = 0;
                PlantLayout layout = plan.layout();
                for (int s = 0; s < layout.subChannels(); s++) {
                    if (plan.fabric().links().get(layout.subLink()[s]).tierIndex() == tp.index()) {
                        xc += 2;
                    }
                }
                String c = tp.lowerEquip().connectorTypeId();
                each(BomLine.Category.ADAPTERS, tier, c + " cross-connect adapter", xc, "adapter:" + c);
            }
        }

        private void labour(TierPlant tp, TierCounts c) {
            double minutes = c.matedPairs() * labourMinutes("mated-pair")
                    + (c.cords() + c.jumpers() + c.assemblies()) * labourMinutes("cord-route")
                    + (c.trunkMetres()) * labourMinutes("trunk-route");
            Optional<PriceEntry> rate = catalog.findPrice("labour-rate");
            add(BomLine.Category.LABOUR, tp.tier().name(), String.format(Locale.ROOT,
                    "install: %d mated pairs, %d cords/jumpers/assemblies, %.0f m of trunk", c.matedPairs(),
                    c.cords() + c.jumpers() + c.assemblies(), c.trunkMetres()), minutes / 60.0, "hour",
                    rate.map(PriceEntry::priceUsd).orElse(0.0), "labour-rate", rate.isPresent());
        }

        private double labourMinutes(String id) {
            return catalog.findLabour(id).map(LabourEntry::minutes).orElse(0.0);
        }

        private void perLength(BomLine.Category category, String tier, String item, double lengthM, int quantity,
                int legs, String fixedId, String metreId) {
            Optional<PriceEntry> fixed = catalog.findPrice(fixedId);
            Optional<PriceEntry> metre = catalog.findPrice(metreId);
            double unit = legs * (fixed.map(PriceEntry::priceUsd).orElse(0.0)
                    + lengthM * metre.map(PriceEntry::priceUsd).orElse(0.0));
            String ids = (legs > 1 ? legs + " x (" : "(") + fixedId + " + " + number(lengthM) + " m x " + metreId + ")";
            add(category, tier, item + " " + number(lengthM) + " m", quantity, "each", unit, ids,
                    fixed.isPresent() && metre.isPresent());
        }

        private void each(BomLine.Category category, String tier, String item, double quantity, String priceId) {
            Optional<PriceEntry> p = catalog.findPrice(priceId);
            add(category, tier, item, quantity, "each", p.map(PriceEntry::priceUsd).orElse(0.0), priceId,
                    p.isPresent());
        }

        private void add(BomLine.Category category, String tier, String item, double quantity, String unit,
                double unitPrice, String priceIds, boolean priced) {
            lines.add(new BomLine(category, tier, item, quantity, unit, unitPrice, quantity * unitPrice, priceIds,
                    priced));
        }

        private static String number(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
