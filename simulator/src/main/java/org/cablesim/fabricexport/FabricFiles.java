package org.cablesim.fabricexport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cablesim.report.Csv;
import org.cablesim.report.TreeFiles;
import org.cablesim.topology.Device;

/**
 * Writes a plan's fabric export into a directory: {@code fabric.graphml}, {@code fabric.json} (networkx node-link),
 * {@code fabric-netgraph.yaml} and {@code shared-risk-groups.csv} (formats in the README's output contract).
 */
public final class FabricFiles {
    public static final String GRAPHML = "fabric.graphml";
    public static final String JSON = "fabric.json";
    public static final String NETGRAPH = "fabric-netgraph.yaml";
    public static final String GROUPS = "shared-risk-groups.csv";

    private FabricFiles() {
    }

    /** Writes every fabric file of {@code export} into the existing directory {@code dir}. */
    public static void write(FabricExport export, Path dir) throws IOException {
        try (Writer w = writer(dir.resolve(GRAPHML))) {
            FabricGraphMl.write(export, w);
        }
        TreeFiles.writeJson(dir.resolve(JSON), nodeLink(export));
        TreeFiles.writeYaml(dir.resolve(NETGRAPH), "NetGraph scenario DSL (network: nodes, links with link_params;"
                + " risk_groups): " + export.name() + "\ncapacity in Gb/s; cost 1 per link", netGraph(export));
        try (Writer w = writer(dir.resolve(GROUPS))) {
            Csv csv = new Csv(w);
            csv.row("id", "kind", "label", "links", "link_ids");
            for (SharedRiskGroup g : export.groups()) {
                csv.row(g.id(), g.kind().id(), g.label(), g.size(), String.join(" ", g.linkIds()));
            }
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** networkx node-link data ({@code networkx.node_link_graph(data, edges="links")}), plus the groups. */
    static ObjectNode nodeLink(FabricExport export) {
        ObjectNode root = TreeFiles.json().createObjectNode();
        root.put("directed", true);
        root.put("multigraph", true);
        ObjectNode graph = root.putObject("graph");
        graph.put("name", export.name());
        graph.put("devices", export.devices().size());
        graph.put("links", export.links().size());
        graph.put("sharedRiskGroups", export.groups().size());
        ArrayNode nodes = root.putArray("nodes");
        for (Device d : export.devices()) {
            nodes.addObject().put("id", d.id()).put("role", role(d)).put("unit", d.unit())
                    .put("rack", export.racks().get(d.id()));
        }
        ArrayNode links = root.putArray("links");
        for (FabricLink l : export.links()) {
            ObjectNode n = links.addObject().put("source", l.from()).put("target", l.to()).put("key", l.id());
            linkAttributes(n, l);
            ArrayNode srgs = n.putArray("srgs");
            l.groups().forEach(srgs::add);
        }
        ArrayNode groups = root.putArray("sharedRiskGroups");
        for (SharedRiskGroup g : export.groups()) {
            ObjectNode n = groups.addObject().put("id", g.id()).put("kind", g.kind().id()).put("label", g.label())
                    .put("size", g.size());
            ArrayNode ids = n.putArray("links");
            g.linkIds().forEach(ids::add);
        }
        return root;
    }

    /** NetGraph's scenario DSL: explicit nodes and links (capacity = link speed in Gb/s), and risk groups. */
    static ObjectNode netGraph(FabricExport export) {
        ObjectNode root = TreeFiles.json().createObjectNode();
        ObjectNode network = root.putObject("network");
        network.put("name", export.name());
        ObjectNode nodes = network.putObject("nodes");
        for (Device d : export.devices()) {
            nodes.putObject(d.id()).putObject("attrs").put("role", role(d)).put("unit", d.unit())
                    .put("rack", export.racks().get(d.id()));
        }
        ArrayNode links = network.putArray("links");
        for (FabricLink l : export.links()) {
            ObjectNode params = links.addObject().put("source", l.from()).put("target", l.to())
                    .putObject("link_params");
            params.put("capacity", l.speedGbps());
            params.put("cost", 1);
            ArrayNode srgs = params.putArray("risk_groups");
            l.groups().forEach(srgs::add);
            linkAttributes(params.putObject("attrs").put("id", l.id()), l);
        }
        ArrayNode groups = root.putArray("risk_groups");
        for (SharedRiskGroup g : export.groups()) {
            groups.addObject().put("name", g.id()).putObject("attrs").put("kind", g.kind().id())
                    .put("label", g.label()).put("links", g.size());
        }
        return root;
    }

    private static void linkAttributes(ObjectNode n, FabricLink l) {
        n.put("id", l.id()).put("tier", l.tier()).put("pmd", l.pmd()).put("speedGbps", l.speedGbps());
        if (Double.isFinite(l.lengthM())) {
            n.put("lengthM", l.lengthM());
        }
        if (Double.isFinite(l.pFail())) {
            n.put("pFail", significant(l.pFail()));
        }
    }

    static String role(Device d) {
        return d.role().name().toLowerCase(Locale.ROOT);
    }

    /** A probability to 6 significant digits (its estimate carries no more). */
    static double significant(double p) {
        return p == 0 ? 0 : new BigDecimal(p).round(new MathContext(6)).doubleValue();
    }
}
