package org.cablesim.netbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LengthBins;
import org.cablesim.report.Csv;
import org.cablesim.report.TreeFiles;

/**
 * {@code cablesim import netbox}: a NetBox site's racks, devices, panels and cables read back into a scenario
 * ({@value #SCENARIO}), a catalog overlay ({@value #OVERLAY}: what the site holds that the built-in catalog lacks,
 * today the cable lengths that are no stock length) and the list of what could not be mapped ({@value #UNMAPPED}).
 */
public final class NetboxImport {
    public static final String SCENARIO = "scenario.yaml";
    public static final String OVERLAY = "catalog-overlay.yaml";
    public static final String UNMAPPED = "unmapped.csv";

    /**
     * An import's outcome.
     *
     * @param scenario the scenario file's tree
     * @param overlay  the catalog overlay's tree
     * @param planName the one plan in the scenario
     * @param site     the site's cabling as read
     * @param unmapped what was not mapped or had to be assumed
     */
    public record Result(ObjectNode scenario, ObjectNode overlay, String planName, NetboxSite site,
            List<Unmapped> unmapped) {
        public Result {
            unmapped = List.copyOf(unmapped);
        }
    }

    private NetboxImport() {
    }

    /**
     * @param snapshot the site as read from NetBox
     * @param catalog  the catalog the scenario will run with (the built-in one)
     * @throws NetboxException when no scenario can be made of the site
     */
    public static Result of(NetboxSnapshot snapshot, Catalog catalog) throws NetboxException {
        NetboxSiteReader.Result read = NetboxSiteReader.read(snapshot);
        List<Unmapped> unmapped = new ArrayList<>(read.unmapped());
        NetboxScenarioInference.Inferred inferred = NetboxScenarioInference.infer(snapshot, read.site(),
                read.uHeights(), catalog, unmapped);
        return new Result(inferred.scenario(), overlay(read.site(), snapshot, catalog), inferred.planName(),
                read.site(), unmapped);
    }

    /** Writes the scenario, the overlay and the unmapped list into the existing directory {@code dir}. */
    public static void write(Result r, Path dir) throws IOException {
        TreeFiles.writeYaml(dir.resolve(SCENARIO), "cablesim scenario imported from NetBox (cablesim import netbox);"
                + "\nwhat NetBox did not hold is at its default: see " + UNMAPPED, r.scenario());
        TreeFiles.writeYaml(dir.resolve(OVERLAY), "cablesim catalog overlay imported from NetBox", r.overlay());
        writeUnmapped(r.unmapped(), dir.resolve(UNMAPPED));
    }

    /** Writes unmapped objects as CSV: object, id, name, reason. */
    public static void writeUnmapped(List<Unmapped> unmapped, Path file) throws IOException {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row("object", "id", "name", "reason");
        for (Unmapped u : unmapped) {
            csv.row(u.object(), u.id(), u.name(), u.reason());
        }
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
    }

    /** Stock lengths: the catalog's, plus every cable length found in NetBox that is none of them, per kind. */
    static ObjectNode overlay(NetboxSite site, NetboxSnapshot snapshot, Catalog catalog) {
        ObjectNode root = TreeFiles.json().createObjectNode();
        root.put("schemaVersion", 1);
        root.put("description", "from NetBox site " + NetboxJson.text(snapshot.site().get("name")) + ": stock"
                + " lengths found there that the built-in catalog lacks (empty when there were none)");
        Map<String, TreeSet<Double>> seen = new TreeMap<>();
        for (NetboxSite.Cable c : site.cables()) {
            if (Double.isFinite(c.lengthM()) && c.lengthM() > 0) {
                seen.computeIfAbsent(kind(c), k -> new TreeSet<>()).add(c.lengthM());
            }
        }
        ObjectNode bins = TreeFiles.json().createObjectNode();
        seen.forEach((kind, lengths) -> catalog.findLengthBins(kind).ifPresent(b -> {
            TreeSet<Double> all = new TreeSet<>(b.lengthsM());
            if (all.addAll(lengths)) {
                ObjectNode n = bins.putObject(kind);
                ArrayNode list = n.putArray("lengthsM");
                all.forEach(list::add);
                n.put("customStepM", b.customStepM()).put("source", sourceOf(b, snapshot));
            }
        }));
        if (!bins.isEmpty()) {
            root.set("lengthBins", bins);
        }
        return root;
    }

    private static String sourceOf(LengthBins b, NetboxSnapshot snapshot) {
        return "built-in " + b.id() + " stock lengths plus the lengths of NetBox site "
                + NetboxJson.text(snapshot.site().get("name"));
    }

    /** The catalog length-bin kind of a cable from its ends: assembly, cord, jumper or trunk. */
    static String kind(NetboxSite.Cable c) {
        boolean a = c.a().get(0).type().equals("dcim.interface");
        boolean b = c.b().get(0).type().equals("dcim.interface");
        if (a && b) {
            return "assembly";
        }
        if (a || b) {
            return "cord";
        }
        boolean rear = c.a().get(0).type().equals("dcim.rearport") && c.b().get(0).type().equals("dcim.rearport");
        return rear ? "trunk" : "jumper";
    }
}
