package org.cablesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cablesim.plant.Bom;
import org.cablesim.plant.BomLine;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PathwayEdge;
import org.cablesim.plant.PathwayNode;
import org.cablesim.plant.ResolvedElement;
import org.cablesim.plant.PlantViolation;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.study.LinkLoss;
import org.cablesim.study.PlanLoss;
import org.cablesim.study.StudySummary;
import org.cablesim.topology.LogicalLink;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes one plan's plant files: {@code cable-schedule.csv}, {@code links.csv}, {@code bom.csv},
 * {@code violations.csv} and {@code plant.graphml} (formats in the README's output contract).
 */
public final class PlantFiles {
    public static final String CABLE_SCHEDULE = "cable-schedule.csv";
    public static final String LINKS = "links.csv";
    public static final String BOM = "bom.csv";
    public static final String VIOLATIONS = "violations.csv";
    public static final String GRAPHML = "plant.graphml";

    private PlantFiles() {
    }

    /**
     * Writes every plant file of {@code plan} into the existing directory {@code dir}.
     *
     * @param loss   the plan's loss estimate for the loss columns of links.csv, or null to leave them empty
     * @param spares the spare lines bought with the plan ({@link org.cablesim.plant.Bom#spares}), listed after the
     *               installed lines of bom.csv and the BOM sheet
     * @param study  the study the plan is part of, for the workbook's Comparison sheet
     */
    public static void write(CablingPlan plan, PlanLoss loss, Bom spares, StudySummary study, Path dir)
            throws IOException {
        try (Writer w = writer(dir.resolve(CABLE_SCHEDULE))) {
            writeCableSchedule(plan, w);
        }
        try (Writer w = writer(dir.resolve(LINKS))) {
            writeLinks(plan, loss, w);
        }
        try (Writer w = writer(dir.resolve(BOM))) {
            writeBom(plan, spares, w);
        }
        try (Writer w = writer(dir.resolve(VIOLATIONS))) {
            writeViolations(plan, w);
        }
        try (Writer w = writer(dir.resolve(GRAPHML))) {
            writeGraphMl(plan, w);
        }
        InstallFiles.write(plan, dir);
        PlanWorkbook.write(plan, loss, spares, study, dir.resolve(PlanWorkbook.FILE));
    }

    static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** One row per physical cable; labels are TIA-606 style {@code rack.panel.port} or {@code rack.device:port}. */
    static void writeCableSchedule(CablingPlan plan, Writer w) throws IOException {
        cableSchedule(plan, new Csv(w));
    }

    /** One row per physical cable, labelled with both ends ({@code near / far}, TIA-606-C). */
    public static void cableSchedule(CablingPlan plan, RowSink csv) throws IOException {
        csv.row("id", "kind", "tier", "from_label", "to_label", "connector", "fibres", "legs", "gender_from",
                "gender_to", "polish_from", "polish_to", "polarity_type", "length_m", "from_device", "to_device",
                "polarity_method", "label");
        Map<String, String> method = new LinkedHashMap<>();
        plan.tiers().forEach(tp -> method.put(tp.tier().name(), tp.polarityAsBuilt().built()));
        try {
            plan.forEachCable(c -> {
                try {
                    csv.row(c.id(), lower(c.kind().name()), c.tierName(), c.fromLabel(), c.toLabel(),
                            c.harnessId().orElse(c.fromPlug().connectorTypeId()), c.fibres(), c.legs(),
                            gender(c.fromPlug()), gender(c.toPlug()), c.fromPlug().polish(), c.toPlug().polish(),
                            c.type(), c.lengthM(), c.fromDevice(), c.toDevice(), method.get(c.tierName()),
                            c.fromLabel() + " / " + c.toLabel());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One row per logical link, with every MDI's element trace; loss columns empty. */
    static void writeLinks(CablingPlan plan, Writer w) throws IOException {
        writeLinks(plan, null, w);
    }

    /** One row per logical link, with every MDI's element trace and, when estimated, its loss figures. */
    static void writeLinks(CablingPlan plan, PlanLoss loss, Writer w) throws IOException {
        links(plan, loss, new Csv(w));
    }

    /** One row per logical link (see {@link #writeLinks(CablingPlan, PlanLoss, Writer)}). */
    public static void links(CablingPlan plan, PlanLoss loss, RowSink csv) throws IOException {
        csv.row("id", "tier", "pmd", "from_device", "from_port", "to_device", "to_port", "routed_length_m",
                "channel_length_m", "mdis", "mated_pairs", "violations", "trace", "pFail", "pFailCi95Low",
                "pFailCi95High", "marginP1Db", "marginP50Db", "lossMethod");
        Map<String, Integer> violations = new LinkedHashMap<>();
        for (PlantViolation v : plan.violations()) {
            violations.merge(v.linkId(), 1, Integer::sum);
        }
        for (int l = 0; l < plan.linkCount(); l++) {
            LogicalLink link = plan.fabric().links().get(l);
            var tp = plan.tiers().get(link.tierIndex());
            String pmd = tp.lowerPmd().equals(tp.pmd()) ? tp.pmd().id() : tp.lowerPmd().id() + "/" + tp.pmd().id();
            List<ResolvedChannel> channels = plan.channels(l);
            double length = channels.stream().mapToDouble(ResolvedChannel::lengthM).max().orElse(0);
            int mated = channels.isEmpty() ? 0 : channels.get(0).matedPairs().size();
            String trace = channels.stream().map(PlantFiles::trace).collect(Collectors.joining(" | "));
            LinkLoss ll = loss == null ? null : loss.link(l).orElse(null);
            csv.row(link.id(), link.tierName(), pmd, link.fromDeviceId(), link.fromPort(), link.toDeviceId(),
                    link.toPort(), plan.routedLengthM(l), plan.isRouted(l) ? length : null, channels.size(), mated,
                    violations.getOrDefault(link.id(), 0), plan.isRouted(l) ? trace : "not cabled",
                    ll == null ? null : probability(ll.failProbability()),
                    ll == null ? null : probability(ll.ci95().low()), ll == null ? null : probability(ll.ci95().high()),
                    ll == null ? null : marginDb(ll.marginP1Db()), ll == null ? null : marginDb(ll.marginP50Db()),
                    ll == null ? null : ll.method());
        }
    }

    private static String trace(ResolvedChannel rc) {
        List<String> parts = new ArrayList<>();
        parts.add(rc.near().label());
        for (ResolvedElement e : rc.elements()) {
            parts.add(e.kind().isCable() ? e.label() + " " + Csv.number(e.lengthM()) + " m" : e.label());
        }
        parts.add(rc.far().label());
        return String.join(" > ", parts);
    }

    /** One row per BOM line, installed then spare. */
    static void writeBom(CablingPlan plan, Bom spares, Writer w) throws IOException {
        bom(plan, spares, new Csv(w));
    }

    /**
     * One row per BOM line, with the part number and the facts an order states: the plan's installed lines, then
     * its spare lines ({@code spare <item>}).
     */
    public static void bom(CablingPlan plan, Bom spares, RowSink out) throws IOException {
        out.row("category", "tier", "item", "quantity", "unit", "unit_price_usd", "total_usd", "price_ids",
                "priced", "part_number", "fibre", "polarity", "gender", "polish", "jacket");
        for (BomLine line : java.util.stream.Stream.concat(plan.bom().lines().stream(), spares.lines().stream())
                .toList()) {
            BomLine.Part p = line.part();
            out.row(line.category().fileName(), line.tierName(), line.item(), line.quantity(), line.unit(),
                    cents(line.unitPriceUsd()), cents(line.totalUsd()), line.priceIds(), line.priced(),
                    p.partNumber(), p.fibre(), p.polarity(), p.gender(), p.polish(), p.jacket());
        }
    }

    /** One row per check violation. */
    static void writeViolations(CablingPlan plan, Writer w) throws IOException {
        Csv csv = new Csv(w);
        csv.row("link", "mdi", "kind", "element", "reason");
        for (PlantViolation v : plan.violations()) {
            csv.row(v.linkId(), v.mdi(), lower(v.kind().name()), v.elementIndex(), v.reason());
        }
    }

    /** The pathway graph: rack, patching-rack and tray nodes; edges with kind, length, cable count and fill share. */
    static void writeGraphMl(CablingPlan plan, Writer w) {
        int[] cables = plan.cablesPerEdge();
        List<org.cablesim.plant.PathwayFill.Segment> fill = plan.pathwayFill().segments();
        GraphMLExporter<PathwayNode, PathwayEdge> exporter = new GraphMLExporter<>(n -> "n" + n.id());
        exporter.setEdgeIdProvider(e -> "e" + e.id());
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("xM", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("yM", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("lengthM", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.registerAttribute("cables", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute("fillShare", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.label()));
            a.put("kind", DefaultAttribute.createAttribute(lower(n.kind().name())));
            a.put("xM", DefaultAttribute.createAttribute(round6(n.xM())));
            a.put("yM", DefaultAttribute.createAttribute(round6(n.yM())));
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("kind", DefaultAttribute.createAttribute(lower(e.kind().name())));
            a.put("lengthM", DefaultAttribute.createAttribute(round6(e.lengthM())));
            a.put("cables", DefaultAttribute.createAttribute(cables[e.id()]));
            a.put("fillShare", DefaultAttribute.createAttribute(round6(fill.get(e.id()).fillShare())));
            return a;
        });
        exporter.exportGraph(plan.pathways().graph(), w);
    }

    /** A probability to 6 significant digits in Java notation (e.g. {@code 1.23457E-9}); empty when not finite. */
    private static String probability(double p) {
        Double v = SummaryNumbers.loss(p);
        return v == null ? "" : v.toString();
    }

    /** A margin to 4 decimals (its resolution is 0.001 dB); empty when not finite. */
    private static String marginDb(double db) {
        Double v = SummaryNumbers.margin(db);
        return v == null ? "" : Csv.number(v);
    }

    private static String gender(ConnectorEnd plug) {
        return lower(plug.gender().name());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Coordinates are sums of pitches; six decimals (a micrometre) drop the binary noise (1.7999999999999998). */
    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }
}
