package org.cablesim.fabricexport;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.report.Csv;
import org.cablesim.report.HtmlEscape;
import org.cablesim.topology.Device;

/**
 * Writes the fabric export as GraphML: one node per device, one directed edge per logical link (lower to upper
 * device; parallel links are separate edges with the link id as edge id) and the counts as graph data. Written by
 * hand because the JGraphT exporter in use drops graph-level data.
 */
final class FabricGraphMl {
    private record Key(String id, String forWhat, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("g0", "graph", "name", "string"), new Key("g1", "graph", "devices", "int"),
            new Key("g2", "graph", "links", "int"), new Key("g3", "graph", "sharedRiskGroups", "int"),
            new Key("n0", "node", "role", "string"), new Key("n1", "node", "unit", "int"),
            new Key("n2", "node", "rack", "string"),
            new Key("e0", "edge", "tier", "string"), new Key("e1", "edge", "pmd", "string"),
            new Key("e2", "edge", "speedGbps", "int"), new Key("e3", "edge", "lengthM", "double"),
            new Key("e4", "edge", "pFail", "double"), new Key("e5", "edge", "srgs", "string"));

    private FabricGraphMl() {
    }

    static void write(FabricExport export, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        for (Key k : KEYS) {
            w.write("  <key id=\"" + k.id() + "\" for=\"" + k.forWhat() + "\" attr.name=\"" + k.name()
                    + "\" attr.type=\"" + k.type() + "\"/>\n");
        }
        w.write("  <graph id=\"" + HtmlEscape.text(export.name()) + "\" edgedefault=\"directed\">\n");
        data(w, "    ", Map.of("g0", export.name(), "g1", export.devices().size(), "g2", export.links().size(),
                "g3", export.groups().size()));
        for (Device d : export.devices()) {
            w.write("    <node id=\"" + HtmlEscape.text(d.id()) + "\">\n");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("n0", FabricFiles.role(d));
            values.put("n1", d.unit());
            values.put("n2", export.racks().get(d.id()));
            data(w, "      ", values);
            w.write("    </node>\n");
        }
        for (FabricLink l : export.links()) {
            w.write("    <edge id=\"" + HtmlEscape.text(l.id()) + "\" source=\"" + HtmlEscape.text(l.from())
                    + "\" target=\"" + HtmlEscape.text(l.to()) + "\">\n");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("e0", l.tier());
            values.put("e1", l.pmd());
            values.put("e2", l.speedGbps());
            values.put("e3", Double.isFinite(l.lengthM()) ? l.lengthM() : null);
            values.put("e4", Double.isFinite(l.pFail()) ? FabricFiles.significant(l.pFail()) : null);
            values.put("e5", String.join(" ", new ArrayList<>(l.groups())));
            data(w, "      ", values);
            w.write("    </edge>\n");
        }
        w.write("  </graph>\n</graphml>\n");
    }

    private static void data(Writer w, String indent, Map<String, Object> values) throws IOException {
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(values).entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String text = e.getValue() instanceof Double d ? (d.doubleValue() == Math.rint(d) ? Csv.number(d)
                    : d.toString()) : e.getValue().toString();
            w.write(indent + "<data key=\"" + e.getKey() + "\">" + HtmlEscape.text(text) + "</data>\n");
        }
    }
}
