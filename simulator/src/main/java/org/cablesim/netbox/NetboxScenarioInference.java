package org.cablesim.netbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.Pmd;
import org.cablesim.report.TreeFiles;
import org.cablesim.topology.DeviceRole;

/**
 * Infers a scenario from a NetBox site: the cluster and fabric from the devices and the traced links (servers,
 * NICs per server, rail-optimised or leaf–spine, radix, port speed, oversubscription, each tier's PMD, link speed
 * and breakout), the floor from the site's {@code cablesim.*} comment lines (what NetBox has no field for; without
 * them the defaults, listed as assumptions), and one plan whose tier cabling {@link NetboxCablingInference} reads
 * off the paths. What it cannot map or had to assume is listed.
 */
final class NetboxScenarioInference {
    static final String[] TIER_NAMES = {"server-leaf", "leaf-spine", "spine-core"};
    private static final Pattern COMMENT = Pattern.compile("^cablesim\\.(cluster|floor)\\.([A-Za-z]+):\\s*(\\S+)\\s*$");
    private static final Pattern PMD = Pattern.compile("PMD ([A-Za-z0-9._:-]+)");
    private static final Pattern CAGE = Pattern.compile("^([0-9.]+)([gt])base-x-.*$");

    /** The inferred scenario tree, the plan's name in it, and what could not be mapped. */
    record Inferred(ObjectNode scenario, String planName, List<Unmapped> unmapped) {
    }

    private NetboxScenarioInference() {
    }

    /**
     * @param snapshot what was read
     * @param site     the site's cabling
     * @param uHeights rack units per device-type model
     * @param catalog  the catalog the scenario will use (built-in)
     * @param unmapped what was set aside so far; extended
     * @throws NetboxException when no scenario can be made (no server–leaf link, a PMD that cannot be told)
     */
    static Inferred infer(NetboxSnapshot snapshot, NetboxSite site, Map<String, Integer> uHeights, Catalog catalog,
            List<Unmapped> unmapped) throws NetboxException {
        for (NetboxSite.Device d : site.devices().values()) {
            if (NetboxLinks.role(d.role()) == null && !NetboxLinks.isPanel(d.role())) {
                unmapped.add(new Unmapped("dcim.device", "", d.name(), "role '" + d.role()
                        + "' is no server, leaf, spine, core or patch panel"));
            }
        }
        List<NetboxLinks.Link> links = NetboxLinks.of(site, unmapped);
        TreeMap<Integer, List<NetboxLinks.Link>> tiers = new TreeMap<>();
        links.forEach(l -> tiers.computeIfAbsent(l.tier(), k -> new ArrayList<>()).add(l));
        if (!tiers.containsKey(0) || !tiers.containsKey(1) || tiers.size() != tiers.lastKey() + 1) {
            throw new NetboxException("the site's cabling has links for tiers " + tiers.keySet() + " (0 server-leaf, 1"
                    + " leaf-spine, 2 spine-core): a scenario needs server-leaf and leaf-spine links");
        }
        Map<String, String> comments = comments(NetboxJson.text(snapshot.site().get("comments")));
        ObjectNode root = TreeFiles.json().createObjectNode();
        root.put("schemaVersion", 1);
        String slug = NetboxJson.text(snapshot.site().get("slug"));
        root.put("name", slug.isEmpty() ? "netbox" : slug);
        root.put("description", "Imported from NetBox site " + NetboxJson.text(snapshot.site().get("name"))
                + " by cablesim import netbox");
        Map<DeviceRole, List<NetboxSite.Device>> byRole = new HashMap<>();
        site.devices().values().forEach(d -> Optional.ofNullable(NetboxLinks.role(d.role()))
                .ifPresent(r -> byRole.computeIfAbsent(r, k -> new ArrayList<>()).add(d)));
        List<NetboxSite.Device> servers = byRole.getOrDefault(DeviceRole.SERVER, List.of());
        ObjectNode cluster = root.putObject("cluster");
        cluster.put("servers", servers.size());
        putComment(cluster, comments, "cluster", "gpusPerServer", unmapped, "GPUs are not modelled in NetBox");
        cluster.put("nicsPerServer", maxPerDevice(tiers.get(0), true));
        ObjectNode fabric = root.putObject("fabric");
        boolean rail = isRailOptimized(tiers.get(0));
        fabric.put("topology", rail ? "rail-optimized" : "leaf-spine");
        fabric.put("switchRadix", switchRadix(site, byRole));
        ArrayNode tierNodes = TreeFiles.json().createArrayNode();
        int portSpeed = 0;
        Map<Integer, Integer> speeds = new HashMap<>();
        for (Map.Entry<Integer, List<NetboxLinks.Link>> t : tiers.entrySet()) {
            Pmd pmd = pmd(site, t.getValue(), catalog, TIER_NAMES[t.getKey()]);
            int breakout = maxPerDevice(t.getValue(), false);
            int speed = linkSpeed(site, t.getValue().get(0), pmd);
            speeds.put(t.getKey(), speed);
            portSpeed = Math.max(portSpeed, speed * breakout);
            ObjectNode tier = tierNodes.addObject().put("name", TIER_NAMES[t.getKey()]).put("pmd", pmd.id())
                    .put("linkSpeedGbps", speed);
            if (breakout > 1) {
                tier.put("breakout", breakout);
            }
        }
        fabric.put("switchPortSpeedGbps", cageSpeed(site, byRole).orElse(portSpeed));
        fabric.put("oversubscription", oversubscription(tiers, speeds));
        String perLeaf = rail ? "serversPerUnit" : "serversPerLeaf";
        fabric.put(perLeaf, serversPerLeaf(tiers.get(0)));
        fabric.set("tiers", tierNodes);
        ObjectNode floor = root.putObject("floor");
        for (String field : List.of("rackPitchM", "rowPitchM", "racksPerRow", "serversPerRack", "switchesPerRack",
                "leafPlacement", "trayHeightM", "crossAisleEveryRacks", "networkRowGapM")) {
            putComment(floor, comments, "floor", field, unmapped, "NetBox has no floor geometry");
        }
        root.putObject("catalog").putArray("files").add(NetboxImport.OVERLAY);
        String planName = "netbox";
        ObjectNode plan = root.putArray("plans").addObject().put("name", planName).put("description",
                "the cabling of NetBox site " + NetboxJson.text(snapshot.site().get("name")));
        ObjectNode cabling = plan.putObject("tiers");
        for (Map.Entry<Integer, List<NetboxLinks.Link>> t : tiers.entrySet()) {
            cabling.set(TIER_NAMES[t.getKey()], NetboxCablingInference.tier(site, t.getValue(), uHeights, catalog,
                    TIER_NAMES[t.getKey()], unmapped));
        }
        return new Inferred(root, planName, unmapped);
    }

    /** {@code cablesim.<section>.<field>: value} lines of the site's comments, keyed {@code section.field}. */
    static Map<String, String> comments(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            Matcher m = COMMENT.matcher(line.trim());
            if (m.matches()) {
                out.put(m.group(1) + "." + m.group(2), m.group(3));
            }
        }
        return out;
    }

    private static void putComment(ObjectNode node, Map<String, String> comments, String section, String field,
            List<Unmapped> unmapped, String why) {
        String v = comments.get(section + "." + field);
        if (v == null) {
            unmapped.add(new Unmapped("assumption", "", section + "." + field, why + " and the site's comments do"
                    + " not give it: the scenario default is used"));
            return;
        }
        if (v.matches("-?\\d+")) {
            node.put(field, Long.parseLong(v));
        } else if (v.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
            node.put(field, Double.parseDouble(v));
        } else {
            node.put(field, v);
        }
    }

    /** The most links one lower device has (NICs per server), or shares one upper cage port (breakout). */
    private static int maxPerDevice(List<NetboxLinks.Link> links, boolean lower) {
        Map<String, Integer> count = new HashMap<>();
        for (NetboxLinks.Link l : links) {
            NetboxLinks.Mdi m = l.first();
            count.merge(lower ? m.lowerDevice() : m.upperDevice() + "|" + m.upperPort(), 1, Integer::sum);
        }
        return count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** Rail-optimised: each server's NICs reach as many leaves as it has NICs. */
    private static boolean isRailOptimized(List<NetboxLinks.Link> serverLinks) {
        Map<String, Set<String>> leaves = new HashMap<>();
        Map<String, Integer> nics = new HashMap<>();
        for (NetboxLinks.Link l : serverLinks) {
            leaves.computeIfAbsent(l.first().lowerDevice(), k -> new HashSet<>()).add(l.first().upperDevice());
            nics.merge(l.first().lowerDevice(), 1, Integer::sum);
        }
        return leaves.entrySet().stream().allMatch(e -> e.getValue().size() == nics.get(e.getKey()))
                && nics.values().stream().anyMatch(n -> n > 1);
    }

    private static int serversPerLeaf(List<NetboxLinks.Link> serverLinks) {
        Map<String, Set<String>> servers = new HashMap<>();
        serverLinks.forEach(l -> servers.computeIfAbsent(l.first().upperDevice(), k -> new HashSet<>())
                .add(l.first().lowerDevice()));
        return servers.values().stream().mapToInt(Set::size).max().orElse(1);
    }

    /** Switch ports: the most top-level interfaces on a switch (child interfaces are MDIs of them). */
    private static int switchRadix(NetboxSite site, Map<DeviceRole, List<NetboxSite.Device>> byRole) {
        Map<String, Integer> ports = new HashMap<>();
        Set<String> switches = new HashSet<>();
        for (DeviceRole r : List.of(DeviceRole.LEAF, DeviceRole.SPINE, DeviceRole.CORE)) {
            byRole.getOrDefault(r, List.of()).forEach(d -> switches.add(d.name()));
        }
        for (NetboxSite.Interface i : site.interfaces()) {
            if (switches.contains(i.device()) && i.parent().isEmpty() && CAGE.matcher(i.type()).matches()) {
                ports.merge(i.device(), 1, Integer::sum);
            }
        }
        return ports.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** A switch port's speed from its cage type ({@code 800gbase-x-osfp} → 800). */
    private static Optional<Integer> cageSpeed(NetboxSite site, Map<DeviceRole, List<NetboxSite.Device>> byRole) {
        Set<String> leaves = new HashSet<>();
        byRole.getOrDefault(DeviceRole.LEAF, List.of()).forEach(d -> leaves.add(d.name()));
        for (NetboxSite.Interface i : site.interfaces()) {
            Matcher m = CAGE.matcher(i.type());
            if (leaves.contains(i.device()) && i.parent().isEmpty() && m.matches()) {
                double v = Double.parseDouble(m.group(1)) * (m.group(2).equals("t") ? 1000 : 1);
                return Optional.of((int) Math.round(v));
            }
        }
        return Optional.empty();
    }

    /** The tier's PMD: named in the MDI's description ({@code PMD 400GBASE-DR4}), else by its interface type. */
    private static Pmd pmd(NetboxSite site, List<NetboxLinks.Link> links, Catalog catalog, String tier)
            throws NetboxException {
        NetboxLinks.Link l = links.get(0);
        NetboxSite.Interface i = site.interfaceOf(l.first().lowerDevice(), l.first().lowerInterface());
        Matcher m = PMD.matcher(i.description());
        if (m.find() && catalog.findPmd(m.group(1)).isPresent()) {
            return catalog.pmd(m.group(1));
        }
        for (Pmd p : catalog.pmds().values()) {
            if (NetboxNames.mdiType(p).equals(i.type()) && p.mdiConnectorCount() == l.mdis().size()) {
                return p;
            }
        }
        throw new NetboxException("tier " + tier + ": cannot tell the PMD of " + i.device() + " " + i.name()
                + " (type " + i.type() + ", description '" + i.description() + "'): name a catalog PMD in the"
                + " interface description as 'PMD <id>'");
    }

    /** Link speed from the MDI interfaces' speeds (Kbps), else the PMD's port speed. */
    private static int linkSpeed(NetboxSite site, NetboxLinks.Link l, Pmd pmd) {
        long kbps = 0;
        for (NetboxLinks.Mdi m : l.mdis()) {
            NetboxSite.Interface i = site.interfaceOf(m.lowerDevice(), m.lowerInterface());
            kbps += i == null ? 0 : i.speedKbps();
        }
        return kbps > 0 ? (int) (kbps / 1_000_000) : pmd.portSpeedGbps();
    }

    /** A leaf's down bandwidth over its up bandwidth (the most oversubscribed leaf). */
    private static double oversubscription(Map<Integer, List<NetboxLinks.Link>> tiers, Map<Integer, Integer> speeds) {
        Map<String, double[]> leaf = new HashMap<>();
        tiers.get(0).forEach(l -> leaf.computeIfAbsent(l.first().upperDevice(), k -> new double[2])[0] += speeds.get(0));
        tiers.get(1).forEach(l -> leaf.computeIfAbsent(l.first().lowerDevice(), k -> new double[2])[1] += speeds.get(1));
        double worst = 1;
        for (double[] v : leaf.values()) {
            if (v[1] > 0) {
                worst = Math.max(worst, v[0] / v[1]);
            }
        }
        return Math.round(worst * 1e4) / 1e4;
    }
}
