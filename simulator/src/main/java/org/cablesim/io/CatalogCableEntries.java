package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.catalog.CableBuild;
import org.cablesim.catalog.CopperCable;
import org.cablesim.catalog.HarnessType;

/**
 * Reads the catalog entries of cables whose ends differ or carry no fibre: breakout harnesses (a fibre map from a
 * common plug to its legs) and copper cables, and every cable's physical build; problems at {@code path.field}, null
 * when anything was wrong.
 */
final class CatalogCableEntries {
    static final String[] HARNESS_FIELDS = {"commonConnectorId", "legConnectorId", "legs", "source"};
    static final String[] HARNESS_LEG_FIELDS = {"legPositions", "commonPositions"};
    static final String[] COPPER_FIELDS = {"kind", "speedGbps", "ends", "reachM", "source"};
    static final String[] BUILD_FIELDS = {"kind", "fibres", "odMm", "bendRadiusMm", "weightKgPerKm", "source"};

    private CatalogCableEntries() {
    }

    static HarnessType harness(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, HARNESS_FIELDS);
        String common = f.requiredText("commonConnectorId", CatalogEntries.ID);
        String leg = f.requiredText("legConnectorId", CatalogEntries.ID);
        List<JsonNode> legNodes = f.list("legs", true);
        List<HarnessType.Leg> legs = new ArrayList<>();
        if (legNodes != null) {
            for (int i = 0; i < legNodes.size(); i++) {
                String at = TreePath.index(f.pathOf("legs"), i);
                Fields l = Fields.of(legNodes.get(i), at, problems, HARNESS_LEG_FIELDS);
                List<Integer> legPositions = l.intList("legPositions", true, 1, 64);
                List<Integer> commonPositions = l.intList("commonPositions", true, 1, 64);
                if (legPositions != null && commonPositions != null) {
                    HarnessType.Leg built = CatalogEntries.build(at, problems, () -> new HarnessType.Leg(legPositions,
                            commonPositions));
                    legs.add(built);
                }
            }
        }
        String source = CatalogEntries.source(f);
        if (problems.size() > before) {
            return null;
        }
        return CatalogEntries.build(path, problems, () -> new HarnessType(id, common, leg, legs, source));
    }

    static CopperCable copperCable(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, COPPER_FIELDS);
        CopperCable.Kind kind = f.requiredEnum("kind", Spellings.COPPER_KIND);
        Integer speed = f.requiredInt("speedGbps", 1, 3200);
        Integer ends = f.optionalInt("ends", 1, 1, 8);
        Double reach = f.requiredDouble("reachM", DoubleRange.aboveUpTo(0, 100));
        String source = CatalogEntries.source(f);
        if (problems.size() > before) {
            return null;
        }
        return CatalogEntries.build(path, problems, () -> new CopperCable(id, kind, speed, ends, reach, source));
    }

    static CableBuild cableBuild(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, BUILD_FIELDS);
        CableBuild.Kind kind = f.requiredEnum("kind", Spellings.CABLE_BUILD_KIND);
        Integer fibres = f.requiredInt("fibres", 0, 6912);
        Double od = f.requiredDouble("odMm", DoubleRange.aboveUpTo(0, 100));
        Double bend = f.requiredDouble("bendRadiusMm", DoubleRange.aboveUpTo(0, 2000));
        Double weight = f.requiredDouble("weightKgPerKm", DoubleRange.aboveUpTo(0, 10_000));
        String source = CatalogEntries.source(f);
        if (problems.size() > before) {
            return null;
        }
        return CatalogEntries.build(path, problems, () -> new CableBuild(id, kind, fibres, od, bend, weight, source));
    }
}
