package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.UnknownCatalogIdException;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;

/**
 * Reads the scenario's {@code fabric} section: field checks, PMD ids against the effective catalog, and the
 * cross-field rules the topology generator relies on (link speed vs PMD, breakout vs switch port, servers per
 * scalable unit).
 */
final class FabricReader {
    static final String[] FIELDS = {"topology", "switchRadix", "switchPortSpeedGbps", "oversubscription",
        "serversPerUnit", "serversPerLeaf", "tiers"};
    static final String[] TIER_FIELDS = {"name", "pmd", "lowerPmd", "linkSpeedGbps", "breakout", "harness",
        "breakoutSpread"};

    private FabricReader() {
    }

    /**
     * The fabric, or null when anything is invalid (reported).
     *
     * @param f       the section's fields
     * @param catalog the effective catalog, or null when it could not be built (PMD checks are then skipped
     *                rather than reported against the wrong catalog)
     * @param servers {@code cluster.servers}, or null when invalid
     */
    static FabricSpec read(Fields f, Catalog catalog, Integer servers) {
        Problems problems = f.problems();
        int before = problems.size();
        Topology topology = f.requiredEnum("topology", Spellings.TOPOLOGY);
        Integer radix = f.requiredInt("switchRadix", 4, 1024);
        Integer portSpeed = f.requiredInt("switchPortSpeedGbps", 1, 3200);
        Double oversubscription = f.optionalDouble("oversubscription", 1.0, DoubleRange.closed(1, 64));
        Integer perUnit = 0;
        Integer perLeaf = 0;
        if (topology == Topology.RAIL_OPTIMIZED) {
            perUnit = f.requiredInt("serversPerUnit", 1, 100_000);
            forbid(f, "serversPerLeaf", Topology.LEAF_SPINE);
            if (perUnit != null && servers != null && servers % perUnit != 0) {
                problems.add("cluster.servers", "must be a multiple of fabric.serversPerUnit (" + perUnit
                        + ") for rail-optimized, was " + servers);
            }
        } else if (topology == Topology.LEAF_SPINE) {
            forbid(f, "serversPerUnit", Topology.RAIL_OPTIMIZED);
            perLeaf = f.optionalInt("serversPerLeaf", 0, 0, 100_000);
        } else {
            // Unknown topology (already reported): still check the values' own types and ranges.
            f.optionalInt("serversPerUnit", 1, 1, 100_000);
            f.optionalInt("serversPerLeaf", 0, 0, 100_000);
        }
        List<TierSpec> tiers = tiers(f, catalog, portSpeed);
        // Tiers are also null when the catalog could not be built: their PMDs could not be resolved.
        if (problems.size() > before || f.isBroken() || tiers == null) {
            return null;
        }
        return new FabricSpec(topology, radix, portSpeed, oversubscription, perUnit, perLeaf, tiers);
    }

    private static void forbid(Fields f, String name, Topology onlyFor) {
        if (f.has(name)) {
            f.problems().add(f.pathOf(name), "only allowed when topology is " + onlyFor.fileName());
        }
    }

    private static List<TierSpec> tiers(Fields f, Catalog catalog, Integer switchPortSpeed) {
        List<JsonNode> elements = f.list("tiers", true);
        if (elements == null) {
            return null;
        }
        if (elements.size() < 2 || elements.size() > 3) {
            f.problems().add(f.pathOf("tiers"), "a fabric has 2 or 3 tiers (server-leaf, leaf-spine, then "
                    + "optionally spine-core), was " + elements.size());
        }
        List<TierSpec> tiers = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            TierSpec tier = tier(elements.get(i), TreePath.index(f.pathOf("tiers"), i), i, f.problems(), catalog,
                    switchPortSpeed, firstIndex, f.pathOf("tiers"));
            tiers.add(tier);
        }
        return tiers.contains(null) ? null : tiers;
    }

    private static TierSpec tier(JsonNode node, String path, int index, Problems problems, Catalog catalog,
            Integer switchPortSpeed, Map<String, Integer> firstIndex, String tiersPath) {
        int before = problems.size();
        Fields t = Fields.of(node, path, problems, TIER_FIELDS);
        TierRole role = index < TierRole.values().length ? TierRole.ofIndex(index) : null;
        String defaultName = role == null ? "tier-" + index : role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String name = t.optionalText("name", defaultName, ScenarioParser.NAME);
        if (name != null) {
            Integer earlier = firstIndex.putIfAbsent(name, index);
            if (earlier != null) {
                problems.add(t.pathOf("name"), "duplicate tier name '" + name + "' (also "
                        + TreePath.index(tiersPath, earlier) + ")");
            }
        }
        String pmdId = t.requiredText("pmd", CatalogEntries.ID);
        Pmd pmd = pmd(t, "pmd", pmdId, catalog);
        String lowerId = t.optionalText("lowerPmd", null, CatalogEntries.ID);
        Pmd lower = pmd(t, "lowerPmd", lowerId, catalog);
        String harness = t.optionalText("harness", null, CatalogEntries.ID);
        if (harness != null && catalog != null && catalog.findHarness(harness).isEmpty()) {
            problems.add(t.pathOf("harness"), UnknownCatalogIdException.message("harness", harness,
                    catalog.harnessIds()));
        }
        Boolean spread = t.optionalBoolean("breakoutSpread", false);
        Integer linkSpeed = t.has("linkSpeedGbps") ? t.optionalInt("linkSpeedGbps", 0, 1, 3200)
                : pmd == null ? null : Integer.valueOf(pmd.portSpeedGbps());
        Integer breakout = t.optionalInt("breakout", 1, 1, 8);
        if (pmd != null && linkSpeed != null && !fitsPmd(linkSpeed, pmd)) {
            problems.add(t.pathOf("linkSpeedGbps"), "PMD " + pmd.id() + " has " + pmd.portSpeedGbps()
                    + " Gb/s ports of " + pmd.laneRateGbps() + " Gb/s lanes: a link uses whole lanes and an equal"
                    + " share of the port (" + shares(pmd) + "), was " + linkSpeed);
        }
        if (linkSpeed != null && breakout != null && switchPortSpeed != null
                && (long) linkSpeed * breakout > switchPortSpeed) {
            problems.add(t.pathOf("breakout"), "breakout x linkSpeedGbps = " + (long) linkSpeed * breakout
                    + " Gb/s exceeds fabric.switchPortSpeedGbps (" + switchPortSpeed + ")");
        }
        if (Boolean.TRUE.equals(spread) && (role == TierRole.SERVER_LEAF || breakout != null && breakout == 1)) {
            problems.add(t.pathOf("breakoutSpread"), "spreads a broken-out switch port's links over several upper"
                    + " switches: only on switch-switch tiers with breakout > 1");
        }
        if (problems.size() > before || t.isBroken() || role == null || linkSpeed == null || spread == null) {
            return null;
        }
        return new TierSpec(name, role, pmd == null ? pmdId : pmd.id(), linkSpeed, breakout,
                java.util.Optional.ofNullable(lower == null ? lowerId : lower.id()),
                java.util.Optional.ofNullable(harness), spread);
    }

    /** A PMD named by id or alias; null when absent or unknown (reported). */
    private static Pmd pmd(Fields t, String field, String id, Catalog catalog) {
        if (id == null || catalog == null) {
            return null;
        }
        Pmd pmd = catalog.findPmd(id).orElse(null);
        if (pmd == null) {
            t.problems().add(t.pathOf(field), UnknownCatalogIdException.message("PMD", id, catalog.pmdIds()));
        }
        return pmd;
    }

    /** A link may use the whole port or an equal split of it into whole lanes (DR4 → 4×100G breakout). */
    static boolean fitsPmd(int linkSpeedGbps, Pmd pmd) {
        return linkSpeedGbps <= pmd.portSpeedGbps() && pmd.portSpeedGbps() % linkSpeedGbps == 0
                && linkSpeedGbps % pmd.laneRateGbps() == 0;
    }

    static String shares(Pmd pmd) {
        List<String> speeds = new ArrayList<>();
        for (int lanes = pmd.lanes(); lanes >= 1; lanes--) {
            int speed = lanes * pmd.laneRateGbps();
            if (fitsPmd(speed, pmd)) {
                speeds.add(Integer.toString(speed));
            }
        }
        return String.join(", ", speeds);
    }
}
