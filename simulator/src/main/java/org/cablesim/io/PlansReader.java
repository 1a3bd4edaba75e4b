package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.GrowthProvision;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Provision;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierSpec;

/**
 * Reads the scenario's {@code plans} list; absent means one plan named {@code baseline} with default cabling.
 * Each plan's {@code tiers} mapping is keyed by fabric tier name (see {@link TierCablingReader}).
 */
final class PlansReader {
    static final String DEFAULT_PLAN = "baseline";
    static final String[] FIELDS = {"name", "description", "onCapacityExhausted", "provision", "tiers"};

    private PlansReader() {
    }

    /**
     * The plans read.
     *
     * @param names names of the plans whose name is valid, in order, first occurrence only; null when the list
     *              itself could not be read
     * @param plans the plans, null when any is invalid
     */
    record Result(List<String> names, List<PlanSpec> plans) {
    }

    /**
     * @param top     the scenario's top-level fields
     * @param catalog the effective catalog, or null when it could not be built (id checks are skipped)
     * @param fabric  the fabric, or null when it could not be read (tier-name checks are skipped)
     */
    static Result read(Fields top, Catalog catalog, FabricSpec fabric) {
        if (!top.has("plans")) {
            return new Result(List.of(DEFAULT_PLAN), List.of(new PlanSpec(DEFAULT_PLAN, "")));
        }
        List<JsonNode> elements = top.list("plans", false);
        if (elements == null) {
            return new Result(null, null);
        }
        String path = top.pathOf("plans");
        if (elements.isEmpty()) {
            top.problems().add(path, "must list at least one plan (leave 'plans' out for a single plan named '"
                    + DEFAULT_PLAN + "')");
            return new Result(null, null);
        }
        int before = top.problems().size();
        List<PlanSpec> plans = new ArrayList<>();
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Fields plan = Fields.of(elements.get(i), TreePath.index(path, i), top.problems(), FIELDS);
            String name = plan.requiredText("name", ScenarioParser.NAME);
            String description = plan.optionalText("description", "", null);
            CapacityPolicy policy = plan.optionalEnum("onCapacityExhausted", CapacityPolicy.ADD,
                    Spellings.CAPACITY_POLICY);
            Provision provision = plan.optionalEnum("provision", Provision.PER_PHASE, Spellings.PROVISION);
            Map<String, Provision> provisionByTier = new LinkedHashMap<>();
            Map<String, TierCabling> tiers = tiers(plan, catalog, fabric, provisionByTier);
            if (name != null && name.matches("\\.+")) {
                top.problems().add(plan.pathOf("name"), "a plan name of only dots cannot name its result directory");
                continue;
            }
            if (name == null) {
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(name, i);
            if (earlier != null) {
                top.problems().add(plan.pathOf("name"), "duplicate plan name '" + name + "' (also "
                        + TreePath.index(path, earlier) + ")");
            } else if (description != null && policy != null && tiers != null && provision != null) {
                plans.add(new PlanSpec(name, description, tiers, policy,
                        new GrowthProvision(provision, provisionByTier)));
            }
        }
        List<String> names = List.copyOf(firstIndex.keySet());
        return new Result(names, top.problems().size() > before ? null : plans);
    }

    /**
     * The plan's per-tier cabling keyed by tier name, or null when any entry is invalid (reported); each tier's
     * own {@code provision} goes into {@code provisionByTier}.
     */
    private static Map<String, TierCabling> tiers(Fields plan, Catalog catalog, FabricSpec fabric,
            Map<String, Provision> provisionByTier) {
        Map<String, JsonNode> entries = plan.entries("tiers", false);
        Map<String, TierCabling> tiers = new LinkedHashMap<>();
        if (entries == null) {
            return plan.has("tiers") ? null : tiers;
        }
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            String at = TreePath.field(plan.pathOf("tiers"), e.getKey());
            TierSpec tier = null;
            if (fabric != null) {
                tier = fabric.tiers().stream().filter(t -> t.name().equals(e.getKey())).findFirst().orElse(null);
                if (tier == null) {
                    plan.problems().add(at, "unknown tier '" + e.getKey() + "' (tiers: " + String.join(", ",
                            fabric.tiers().stream().map(TierSpec::name).toList()) + ")");
                    ok = false;
                    continue;
                }
            }
            Fields fields = Fields.of(e.getValue(), at, plan.problems(), TierCablingReader.FIELDS);
            TierCabling cabling = TierCablingReader.read(fields, catalog, tier);
            ok &= cabling != null;
            if (fields.has("provision")) {
                Provision provision = fields.optionalEnum("provision", null, Spellings.PROVISION);
                ok &= provision != null;
                if (provision != null) {
                    provisionByTier.put(e.getKey(), provision);
                }
            }
            tiers.put(e.getKey(), cabling);
        }
        return ok ? tiers : null;
    }
}
