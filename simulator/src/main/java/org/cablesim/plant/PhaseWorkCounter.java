package org.cablesim.plant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LabourEntry;
import org.cablesim.catalog.PriceEntry;

/**
 * Counts what one growth phase installs and changes by comparing its plant with the phase before's, channel by
 * channel on the resolved model: a link of the phase before whose channels are element for element the same (same
 * cables with the same ends and lengths, same adapters, same MDIs) is untouched; otherwise the cables that differ
 * are re-made (two matings each), and the link is re-cabled when it rides a trunk new in this phase (or a new
 * direct assembly), re-patched otherwise.
 */
final class PhaseWorkCounter {
    private static final Pattern PANEL_PORT = Pattern.compile(".*\\.U\\d+\\.\\d+");
    /** The panel in an adapter's label: {@code panel R04-13.U42.05} → {@code R04-13.U42}. */
    private static final Pattern PANEL = Pattern.compile("[A-Za-z]*\\d+-[A-Za-z]*\\d+\\.U\\d+");
    private static final Set<BomLine.Category> PASSIVE = EnumSet.of(BomLine.Category.TRUNKS,
            BomLine.Category.ADAPTERS, BomLine.Category.CASSETTES, BomLine.Category.PANELS);

    private final CablingPlan before;
    private final CablingPlan now;
    private int cables;
    private long matedPairs;
    private final List<LinkWork> links = new ArrayList<>();
    /** Per panel of the phase before, the shared parts its live matings sit in. */
    private final Map<String, Set<String>> livePartsByPanel = new HashMap<>();

    private PhaseWorkCounter(CablingPlan before, CablingPlan now) {
        this.before = before;
        this.now = now;
    }

    /** The work of building {@code now} on top of {@code before} (null: the first build). */
    static PhaseWork count(CablingPlan before, CablingPlan now) {
        return new PhaseWorkCounter(before, now).count();
    }

    private PhaseWork count() {
        int priorTrunks = before == null ? 0 : before.trunkCount();
        Map<String, Integer> trunksAdded = perTier();
        double trunkMetres = 0;
        for (int t = priorTrunks; t < now.trunkCount(); t++) {
            trunksAdded.merge(now.tiers().get(now.trunkTier(t)).tier().name(), 1, Integer::sum);
            trunkMetres += now.trunkLengthM(t);
        }
        for (int l = 0; l < now.linkCount(); l++) {
            if (before == null || l >= before.linkCount()) {
                fresh(l);
            } else {
                compare(l, priorTrunks);
            }
        }
        List<TrunkWork> trunks = new ArrayList<>();
        for (int t = priorTrunks; before != null && t < now.trunkCount(); t++) {
            trunks.add(trunkWork(t));
        }
        Set<String> existing = before == null ? Set.of() : panelLabels(before);
        Set<String> touched = new HashSet<>();
        links.forEach(w -> w.panels().stream().filter(existing::contains).forEach(touched::add));

        Catalog catalog = now.catalog();
        double labourHours;
        if (before == null) {
            labourHours = now.bom().lines().stream().filter(l -> l.category() == BomLine.Category.LABOUR)
                    .mapToDouble(BomLine::quantity).sum();
        } else {
            labourHours = (matedPairs * minutes(catalog, "mated-pair") + cables * minutes(catalog, "cord-route")
                    + trunkMetres * minutes(catalog, "trunk-route")) / 60;
        }
        double rate = catalog.findPrice("labour-rate").map(PriceEntry::priceUsd).orElse(0.0);
        Map<BomLine.Category, Double> material = materialDelta();
        TierCounts total = now.counts().total();
        return new PhaseWork(trunksAdded, panelsAdded(), trunkMetres, cables, matedPairs, touched.size(),
                labourHours, labourHours * rate, material.values().stream().mapToDouble(Double::doubleValue).sum(),
                material, total.fibresInstalled(), total.fibresLit(), idleFibres(), idleValueUsd(), links, trunks);
    }

    private Map<String, Integer> perTier() {
        Map<String, Integer> m = new LinkedHashMap<>();
        now.tiers().forEach(tp -> m.put(tp.tier().name(), 0));
        return m;
    }

    /** A link installed for the first time: all its cables and matings. */
    private void fresh(int l) {
        List<ResolvedChannel> channels = now.channels(l);
        if (!channels.isEmpty()) {
            installAll(channels, LinkWork.Kind.NEW);
        }
    }

    /** A link of the phase before: untouched, re-patched or re-cabled. */
    private void compare(int l, int priorTrunks) {
        List<ResolvedChannel> old = before.channels(l);
        List<ResolvedChannel> cur = now.channels(l);
        if (cur.isEmpty()) {
            return;
        }
        if (old.size() != cur.size() || shapeChanged(old, cur)) {
            installAll(cur, LinkWork.Kind.RE_CABLED);
            return;
        }
        boolean changed = false;
        boolean newCable = false;
        Set<String> panels = new TreeSet<>();
        for (ResolvedChannel a : old) {
            for (MatedPair m : a.matedPairs()) {
                Matcher panel = PANEL.matcher(m.label());
                if (panel.find()) {
                    livePartsByPanel.computeIfAbsent(panel.group(), p -> new HashSet<>()).add(m.neighbourhood());
                }
            }
        }
        for (int k = 0; k < cur.size(); k++) {
            ResolvedChannel a = old.get(k);
            ResolvedChannel b = cur.get(k);
            boolean mdiMoved = !a.near().label().equals(b.near().label()) || !a.far().label().equals(b.far().label());
            for (int i = 0; i < b.elements().size(); i++) {
                if (!(b.elements().get(i) instanceof CableRun run)) {
                    continue;
                }
                CableRun was = (CableRun) a.elements().get(i);
                boolean same = was.cableId().equals(run.cableId()) && was.nearEnd().equals(run.nearEnd())
                        && was.farEnd().equals(run.farEnd()) && was.lengthM() == run.lengthM();
                if (same) {
                    continue;
                }
                changed = true;
                if (run.kind() == ElementKind.TRUNK) {
                    newCable |= now.trunkOf(b.index()) >= priorTrunks;
                } else {
                    cables++;
                    matedPairs += 2;
                    newCable |= run.kind() == ElementKind.ASSEMBLY;
                    addPanels(was, panels);
                    addPanels(run, panels);
                }
            }
            changed |= mdiMoved;
        }
        if (changed) {
            links.add(new LinkWork(cur.get(0).linkId(), cur.get(0).tierName(),
                    newCable ? LinkWork.Kind.RE_CABLED : LinkWork.Kind.RE_PATCHED, List.copyOf(panels)));
        }
    }

    /** A trunk new in this phase and the live parts in the panels its ends land in. */
    private TrunkWork trunkWork(int t) {
        PlantLayout layout = now.layout();
        TierPlant tp = now.tiers().get(now.trunkTier(t));
        Set<String> disturbs = new TreeSet<>();
        int[][] ends = {{layout.trunkNearStack()[t], layout.trunkNearStart()[t]},
            {layout.trunkFarStack()[t], layout.trunkFarStart()[t]}};
        for (int[] end : ends) {
            for (int port = end[1]; port < end[1] + tp.slotsPerTrunk(); port++) {
                String label = Labels.stackPort(now, end[0], port);
                disturbs.addAll(livePartsByPanel.getOrDefault(label.substring(0, label.lastIndexOf('.')), Set.of()));
            }
        }
        return new TrunkWork(CablingPlan.trunkId(t), tp.tier().name(), now.trunkLengthM(t), List.copyOf(disturbs));
    }

    private static boolean shapeChanged(List<ResolvedChannel> old, List<ResolvedChannel> cur) {
        for (int k = 0; k < cur.size(); k++) {
            List<ResolvedElement> a = old.get(k).elements();
            List<ResolvedElement> b = cur.get(k).elements();
            if (a.size() != b.size()) {
                return true;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).kind() != b.get(i).kind()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every cable and mating of {@code channels} installed: a new link, or one of the phase before whose channel
     * changed its make-up (re-cabled).
     */
    private void installAll(List<ResolvedChannel> channels, LinkWork.Kind kind) {
        Set<String> panels = new TreeSet<>();
        for (ResolvedChannel rc : channels) {
            matedPairs += rc.matedPairs().size() + 2;
            for (ResolvedElement e : rc.elements()) {
                if (e instanceof CableRun run && run.kind() != ElementKind.TRUNK) {
                    cables++;
                    addPanels(run, panels);
                }
            }
        }
        links.add(new LinkWork(channels.get(0).linkId(), channels.get(0).tierName(), kind,
                before == null ? List.of() : List.copyOf(panels)));
    }

    private static void addPanels(CableRun run, Set<String> panels) {
        for (String end : List.of(run.nearEnd(), run.farEnd())) {
            if (PANEL_PORT.matcher(end).matches()) {
                panels.add(end.substring(0, end.lastIndexOf('.')));
            }
        }
    }

    /** Every installed panel of a plan, by label. */
    private static Set<String> panelLabels(CablingPlan plan) {
        PlantLayout layout = plan.layout();
        Set<String> out = new HashSet<>();
        for (int s = 0; s < layout.stackTier().length; s++) {
            String rack = plan.pathways().node(layout.stackNode()[s]).label();
            for (int i = 0; i < layout.stackPanels()[s]; i++) {
                out.add(Labels.panel(rack, Labels.panelRu(plan, s, i)));
            }
        }
        return out;
    }

    private Map<String, Integer> panelsAdded() {
        Map<String, Integer> out = perTier();
        Map<GrowthSeed.StackKey, Integer> was = before == null ? Map.of() : GrowthSeed.panelsOf(before);
        GrowthSeed.panelsOf(now).forEach((key, panels) -> out.merge(now.tiers().get(key.tier()).tier().name(),
                Math.max(0, panels - was.getOrDefault(key, 0)), Integer::sum));
        return out;
    }

    /** Per category, every BOM line's growth in quantity at its unit price; labour apart. */
    private Map<BomLine.Category, Double> materialDelta() {
        Map<String, Double> was = new HashMap<>();
        if (before != null) {
            before.bom().lines().forEach(l -> was.merge(lineKey(l), l.quantity(), Double::sum));
        }
        Map<BomLine.Category, Double> out = new EnumMap<>(BomLine.Category.class);
        for (BomLine line : now.bom().lines()) {
            if (line.category() != BomLine.Category.LABOUR) {
                double added = Math.max(0, line.quantity() - was.getOrDefault(lineKey(line), 0.0));
                out.merge(line.category(), added * line.unitPriceUsd(), Double::sum);
            }
        }
        return out;
    }

    private static String lineKey(BomLine line) {
        return line.category() + "|" + line.tierName() + "|" + line.item();
    }

    private long idleFibres() {
        long idle = 0;
        for (int t = 0; t < now.trunkCount(); t++) {
            TierPlant tp = now.tiers().get(now.trunkTier(t));
            idle += (long) (tp.slotsPerTrunk() - now.trunkSlotsUsed(t)) * tp.trunkFibres() / tp.slotsPerTrunk();
        }
        return idle;
    }

    /** Per tier, the passive plant's price × the share of its trunk slots no link uses. */
    private double idleValueUsd() {
        Map<Integer, long[]> slots = new HashMap<>();
        for (int t = 0; t < now.trunkCount(); t++) {
            TierPlant tp = now.tiers().get(now.trunkTier(t));
            long[] s = slots.computeIfAbsent(tp.index(), k -> new long[2]);
            s[0] += tp.slotsPerTrunk() - now.trunkSlotsUsed(t);
            s[1] += tp.slotsPerTrunk();
        }
        double value = 0;
        for (TierPlant tp : now.tiers()) {
            long[] s = slots.get(tp.index());
            if (s == null || s[1] == 0) {
                continue;
            }
            double passive = now.bom().lines().stream()
                    .filter(l -> l.tierName().equals(tp.tier().name()) && PASSIVE.contains(l.category()))
                    .mapToDouble(BomLine::totalUsd).sum();
            value += passive * s[0] / s[1];
        }
        return value;
    }

    private static double minutes(Catalog catalog, String id) {
        return catalog.findLabour(id).map(LabourEntry::minutes).orElse(0.0);
    }
}
