package org.cablesim.plant;

import java.util.ArrayList;
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
import org.cablesim.scenario.PartKind;

/**
 * Builds a plan's BOM lines from the catalog price book (every entry user-overridable):
 * <ul>
 *   <li>transceivers: one module per port, {@code transceiver:<module type>} (a port of b ganged PMDs without its own
 *       {@code transceiver:<b>x<PMD>} price counts b × the PMD's);</li>
 *   <li>a trunk is one cable: 2 × legs × {@code trunk-termination:<connector>} + length ×
 *       {@code trunk-metre:<n>f}, n the smallest fibre count the price book lists that holds the trunk's fibres (not
 *       legs × a 12-fibre cable); a direct assembly the same with one leg; splices {@code splice:fusion} per fibre
 *       and {@code splice-enclosure} per trunk splice point;</li>
 *   <li>a cord or jumper {@code cord:<connector>} + length × {@code cord-metre:<connector>}; a breakout harness
 *       {@code harness:<id>} + length × {@code cord-metre:<common connector>};</li>
 *   <li>{@code cassette:<id>}; {@code adapter:<connector>}; panels per rack unit {@code panel-ru};</li>
 *   <li>a copper tier's cables {@code copper:<id>} + length × {@code copper-metre:<id>} (no transceivers: the
 *       cable's ends are built in);</li>
 *   <li>connector grade: every mated pair between the MDIs and every MDI mating costs the premium
 *       {@code mated-pair-grade:<loss class>} of its loss class (low-loss parts cost more);</li>
 *   <li>labour: (mated pairs, MDIs included, × {@code labour.mated-pair} + cords, jumpers, harnesses and assemblies ×
 *       {@code labour.cord-route} (copper cables too) + trunk metres × {@code labour.trunk-route} + fibre splices ×
 *       {@code labour.fusion-splice}) minutes at {@code labour-rate} per hour.</li>
 * </ul>
 * A missing price id counts 0 and its line is flagged.
 */
final class BomPricer {
    private final CablingPlan plan;
    private final Catalog catalog;
    private final List<BomLine> lines = new ArrayList<>();

    BomPricer(CablingPlan plan) {
        this.plan = plan;
        this.catalog = plan.catalog();
    }

    List<BomLine> price() {
        PlantCounts counts = plan.counts();
        for (TierPlant tp : plan.tiers()) {
            String tier = tp.tier().name();
            TierCounts c = counts.byTier().get(tier);
            if (tp.copper() != null) {
                copper(tp);
                labour(tp, c);
                continue;
            }
            transceivers(tp, counts);
            trunks(tp);
            cords(tp);
            harnesses(tp);
            if (tp.cassette() != null && c.cassettes() > 0) {
                each(BomLine.Category.CASSETTES, tier, "cassette " + tp.cassette().id(), c.cassettes(),
                        "cassette:" + tp.cassette().id());
            }
            adapters(tp, c);
            grades(tp, c);
            if (c.rackUnits() > 0) {
                each(BomLine.Category.PANELS, tier, "panel rack units (" + tp.panels().portsPerPanel()
                        + "-port panels of " + tp.panels().ruPerPanel() + " RU)", c.rackUnits(), "panel-ru");
            }
            labour(tp, c);
        }
        return lines;
    }

    private void transceivers(TierPlant tp, PlantCounts counts) {
        Map<String, Integer> modules = new TreeMap<>();
        for (String end : List.of("/lower", "/upper")) {
            counts.transceiversByEnd().get(tp.tier().name() + end).forEach((k, v) -> modules.merge(k, v,
                    Integer::sum));
        }
        for (Map.Entry<String, Integer> m : modules.entrySet()) {
            String id = "transceiver:" + m.getKey();
            int x = m.getKey().indexOf('x');
            boolean ganged = x > 0 && m.getKey().substring(0, x).chars().allMatch(Character::isDigit)
                    && catalog.findPmd(m.getKey().substring(x + 1)).isPresent();
            if (catalog.findPrice(id).isEmpty() && ganged) {
                int b = Integer.parseInt(m.getKey().substring(0, x));
                String single = "transceiver:" + m.getKey().substring(x + 1);
                Optional<PriceEntry> p = catalog.findPrice(single);
                add(BomLine.Category.TRANSCEIVERS, tp.tier().name(), m.getKey() + " module", m.getValue(), "each",
                        p.map(e -> b * e.priceUsd()).orElse(0.0), b + " x " + single, p.isPresent());
            } else {
                each(BomLine.Category.TRANSCEIVERS, tp.tier().name(), m.getKey() + " module", m.getValue(), id);
            }
        }
    }

    private void trunks(TierPlant tp) {
        String tier = tp.tier().name();
        Map<Double, Integer> trunks = new TreeMap<>();
        for (int t = 0; t < plan.trunkCount(); t++) {
            if (plan.trunkTier(t) == tp.index()) {
                trunks.merge(plan.trunkLengthM(t), 1, Integer::sum);
            }
        }
        String conn = tp.trunkConnector().id();
        int n = 0;
        for (Map.Entry<Double, Integer> e : trunks.entrySet()) {
            cable(BomLine.Category.TRUNKS, tier, "trunk " + tp.trunkBuild(), e.getKey(), e.getValue(), 2 * tp.legs(),
                    "trunk-termination:" + conn, metreId(tp.trunkFibres()),
                    BomLine.Part.of(tp.trunkTemplate(), e.getKey()));
            n += e.getValue();
        }
        if (tp.splicePoints() > 0 && n > 0) {
            each(BomLine.Category.TRUNKS, tier, "fusion splices (" + tp.splicePoints() + " per trunk fibre)",
                    (double) n * tp.splicePoints() * tp.trunkFibres(), "splice:fusion");
            each(BomLine.Category.TRUNKS, tier, "splice enclosures (" + tp.splicePoints() + " per trunk)",
                    (double) n * tp.splicePoints(), "splice-enclosure");
        }
    }

    /** {@code trunk-metre:<n>f} for the smallest listed n ≥ fibres (the exact id, unpriced, when none is listed). */
    private String metreId(int fibres) {
        int best = Integer.MAX_VALUE;
        for (String id : catalog.priceIds()) {
            if (id.startsWith("trunk-metre:") && id.endsWith("f")) {
                String n = id.substring("trunk-metre:".length(), id.length() - 1);
                if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) {
                    int count = Integer.parseInt(n);
                    if (count >= fibres && count < best) {
                        best = count;
                    }
                }
            }
        }
        return "trunk-metre:" + (best == Integer.MAX_VALUE ? fibres : best) + "f";
    }

    /**
     * Cords, jumpers and direct assemblies, one line per build and stock length: Type-A and Type-B cords (and
     * cords of different genders or polish) are different parts, so they are different lines.
     */
    private void cords(TierPlant tp) {
        String tier = tp.tier().name();
        Map<String, CableRun> builds = new TreeMap<>();
        Map<String, Map<Double, Integer>> counts = new TreeMap<>();
        PlantLayout layout = plan.layout();
        CableRun lowerCord = tp.cable(ElementKind.CORD, TrunkSide.NEAR);
        CableRun upperCord = tp.cable(ElementKind.CORD, TrunkSide.FAR);
        boolean xc = tp.architecture() == Architecture.CROSS_CONNECT;
        for (int s = 0; s < layout.subChannels(); s++) {
            int link = layout.subLink()[s];
            if (plan.fabric().links().get(link).tierIndex() != tp.index()) {
                continue;
            }
            boolean lowerHarness = layout.subLowerHarness()[s] >= 0;
            boolean upperHarness = layout.subUpperHarness()[s] >= 0;
            if (tp.architecture() == Architecture.DIRECT) {
                if (!lowerHarness && !upperHarness) {
                    count(builds, counts, tp.cable(ElementKind.ASSEMBLY, TrunkSide.NEAR),
                            plan.assemblyLengthM(tp, link));
                }
                continue;
            }
            int t = layout.subTrunk()[s];
            if (!lowerHarness) {
                count(builds, counts, lowerCord, plan.lowerCordLengthM(tp, link, t));
            }
            if (!upperHarness) {
                count(builds, counts, upperCord, plan.upperCordLengthM(tp, link, t));
            }
            if (xc) {
                double j = CablingPlan.jumperLengthM(tp);
                count(builds, counts, tp.cable(ElementKind.JUMPER, TrunkSide.NEAR), j);
                count(builds, counts, tp.cable(ElementKind.JUMPER, TrunkSide.FAR), j);
            }
        }
        counts.forEach((key, byLength) -> {
            CableRun run = builds.get(key);
            BomLine.Category category = switch (run.kind()) {
                case JUMPER -> BomLine.Category.JUMPERS;
                case ASSEMBLY -> BomLine.Category.ASSEMBLIES;
                default -> BomLine.Category.CORDS;
            };
            int ends = run.kind() == ElementKind.ASSEMBLY ? 2 : 1;
            String metre = run.kind() == ElementKind.ASSEMBLY ? metreId(tp.lowerEquip().fibreCount())
                    : run.priceIds().perMetre();
            byLength.forEach((len, n) -> cable(category, tier, run.build(), len, n, ends,
                    run.priceIds().perAssembly(), metre, BomLine.Part.of(run, len)));
        });
    }

    /** Counts one cable of a build at a length; builds that make the same part share a line. */
    private static void count(Map<String, CableRun> builds, Map<String, Map<Double, Integer>> counts, CableRun run,
            double lengthM) {
        BomLine.Part p = BomLine.Part.of(run, 0);
        String key = run.kind() + "|" + run.build() + "|" + p.gender() + "|" + p.polish() + "|" + p.fibre();
        builds.putIfAbsent(key, run);
        counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(lengthM, 1, Integer::sum);
    }

    private void harnesses(TierPlant tp) {
        Map<Double, Integer> byLength = new TreeMap<>();
        for (int h = 0; h < plan.harnessCount(); h++) {
            if (plan.harnessTier(h) == tp.index()) {
                byLength.merge(plan.harnessLengthM(h), 1, Integer::sum);
            }
        }
        HarnessRun t = tp.harness(TrunkSide.FAR) != null ? tp.harness(TrunkSide.FAR) : tp.harness(TrunkSide.NEAR);
        if (t == null) {
            return;
        }
        BomLine.Category category = tp.architecture() == Architecture.DIRECT ? BomLine.Category.ASSEMBLIES
                : BomLine.Category.CORDS;
        String common = t.type().commonConnectorId();
        byLength.forEach((len, n) -> cable(category, tp.tier().name(), t.type().id() + " breakout harness", len, n,
                1, t.priceId(), "cord-metre:" + common));
    }

    /** A copper tier's cables: {@code copper:<id>} + length × {@code copper-metre:<id>} each, by stock length. */
    private void copper(TierPlant tp) {
        Map<Double, Integer> byLength = CopperCables.byLengthM(plan, tp);
        String id = tp.copper().id();
        byLength.forEach((len, n) -> cable(BomLine.Category.ASSEMBLIES, tp.tier().name(), id + " copper cable", len,
                n, 1, "copper:" + id, "copper-metre:" + id));
    }

    private void adapters(TierPlant tp, TierCounts c) {
        String tier = tp.tier().name();
        int trunkPorts = 0;
        for (int t = 0; t < plan.trunkCount(); t++) {
            if (plan.trunkTier(t) == tp.index() && tp.cassette() == null) {
                trunkPorts += 2 * tp.legs();
            }
        }
        if (trunkPorts > 0) {
            String conn = tp.trunkConnector().id();
            each(BomLine.Category.ADAPTERS, tier, conn + " adapter (Type-" + (tp.keying().name().endsWith("DOWN")
                    ? "A" : "B") + ")", trunkPorts, "adapter:" + conn);
        }
        if (tp.architecture() == Architecture.CROSS_CONNECT) {
            int xc = c.adapters() - trunkPorts;
            String conn = tp.lowerPanelPlug().connectorTypeId();
            each(BomLine.Category.ADAPTERS, tier, conn + " cross-connect adapter", xc, "adapter:" + conn);
        }
    }

    /** The premium of each loss class over standard parts, per mated pair made with it. */
    private void grades(TierPlant tp, TierCounts c) {
        long channels = 0;
        PlantLayout layout = plan.layout();
        for (int s = 0; s < layout.subChannels(); s++) {
            channels += plan.fabric().links().get(layout.subLink()[s]).tierIndex() == tp.index() ? 1 : 0;
        }
        if (channels == 0) {
            return;
        }
        Map<String, Long> pairs = new LinkedHashMap<>();
        pairs.merge(tp.optics(MatingRole.MDI, TrunkSide.NEAR).lossClassId(), c.lowerMdiMatings(), Long::sum);
        pairs.merge(tp.optics(MatingRole.MDI, TrunkSide.FAR).lossClassId(), c.upperMdiMatings(), Long::sum);
        if (tp.architecture() != Architecture.DIRECT) {
            for (MatingRole role : List.of(MatingRole.PANEL, MatingRole.CROSS_CONNECT, MatingRole.CASSETTE_FRONT,
                    MatingRole.CASSETTE_REAR)) {
                if (tp.hasMatings(role)) {
                    pairs.merge(tp.optics(role, TrunkSide.NEAR).lossClassId(), 2 * channels, Long::sum);
                }
            }
        }
        // The reference grades cost nothing extra: no line for them.
        pairs.forEach((lossClass, n) -> {
            Optional<PriceEntry> premium = catalog.findPrice("mated-pair-grade:" + lossClass);
            if (n > 0 && (premium.isEmpty() || premium.get().priceUsd() > 0)) {
                each(BomLine.Category.ADAPTERS, tp.tier().name(), "connector grade " + lossClass
                        + " (premium per mated pair)", n, "mated-pair-grade:" + lossClass);
            }
        });
    }

    private void labour(TierPlant tp, TierCounts c) {
        int cables = c.cords() + c.jumpers() + c.assemblies() + c.harnesses() + c.copperCables();
        double minutes = c.matedPairs() * labourMinutes("mated-pair") + cables * labourMinutes("cord-route")
                + c.trunkMetres() * labourMinutes("trunk-route") + c.fibreSplices() * labourMinutes("fusion-splice");
        Optional<PriceEntry> rate = catalog.findPrice("labour-rate");
        add(BomLine.Category.LABOUR, tp.tier().name(), String.format(Locale.ROOT,
                "install: %d mated pairs, %d cords/jumpers/harnesses/assemblies, %.0f m of trunk%s", c.matedPairs(),
                cables, c.trunkMetres(), c.fibreSplices() > 0 ? ", " + c.fibreSplices() + " fibre splices" : ""),
                minutes / 60.0, "hour", rate.map(PriceEntry::priceUsd).orElse(0.0), "labour-rate", rate.isPresent());
    }

    private double labourMinutes(String id) {
        return catalog.findLabour(id).map(LabourEntry::minutes).orElse(0.0);
    }

    /** A cable: {@code ends} × fixed price (per end termination, or 1 per assembly) + length × per-metre price. */
    private void cable(BomLine.Category category, String tier, String item, double lengthM, int quantity,
            int ends, String fixedId, String metreId) {
        cable(category, tier, item, lengthM, quantity, ends, fixedId, metreId, BomLine.Part.NONE);
    }

    private void cable(BomLine.Category category, String tier, String item, double lengthM, int quantity,
            int ends, String fixedId, String metreId, BomLine.Part part) {
        Optional<PriceEntry> fixed = catalog.findPrice(fixedId);
        Optional<PriceEntry> metre = catalog.findPrice(metreId);
        double unit = ends * fixed.map(PriceEntry::priceUsd).orElse(0.0)
                + lengthM * metre.map(PriceEntry::priceUsd).orElse(0.0);
        String ids = (ends > 1 ? ends + " x " : "") + fixedId + " + " + number(lengthM) + " m x " + metreId;
        PartKind kind = category == BomLine.Category.TRUNKS ? PartKind.TRUNK : PartKind.CORD;
        lines.add(new BomLine(category, tier, item + " " + number(lengthM) + " m", quantity, "each", unit,
                quantity * unit, ids, fixed.isPresent() && metre.isPresent(), part, Optional.of(kind)));
    }

    private void each(BomLine.Category category, String tier, String item, double quantity, String priceId) {
        Optional<PriceEntry> p = catalog.findPrice(priceId);
        add(category, tier, item, quantity, "each", p.map(PriceEntry::priceUsd).orElse(0.0), priceId,
                p.isPresent());
    }

    private void add(BomLine.Category category, String tier, String item, double quantity, String unit,
            double unitPrice, String priceIds, boolean priced) {
        // of the lines that are not cables, modules and cassettes are swapped whole by a repair
        Optional<PartKind> kind = switch (category) {
            case TRANSCEIVERS -> Optional.of(PartKind.TRANSCEIVER);
            case CASSETTES -> Optional.of(PartKind.CASSETTE);
            default -> Optional.empty();
        };
        lines.add(new BomLine(category, tier, item, quantity, unit, unitPrice, quantity * unitPrice, priceIds,
                priced, BomLine.Part.NONE, kind));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
