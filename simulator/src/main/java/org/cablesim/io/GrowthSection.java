package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.lifecycle.LifecycleDefaults;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.GrowthSpec;

/**
 * Reads the scenario's {@code growth} section: expansions after the initial turn-up, each sized by exactly one of
 * {@code servers} (cluster size after the phase), {@code addServers}, {@code units} (scalable units after the
 * phase, × {@code fabric.serversPerUnit}) or {@code addUnits}; plus the cost of capital, the GPU-hour value and the
 * premium on labour in a live hall.
 */
final class GrowthSection {
    static final String[] FIELDS = {"phases", "capitalCostPerYear", "gpuHourUsd", "liveWorkLabourFactor"};
    static final String[] PHASE_FIELDS = {"name", "day", "servers", "addServers", "units", "addUnits", "crews"};
    private static final String[] SIZES = {"servers", "addServers", "units", "addUnits"};
    private static final int MAX_PHASES = 50;

    private GrowthSection() {
    }

    /**
     * @param f           the section's fields
     * @param cluster     the cluster, or null when it could not be read (size checks skipped)
     * @param fabric      the fabric, or null when it could not be read (unit checks skipped)
     * @param horizonDays the lifecycle horizon, or null when it could not be read (day checks skipped)
     * @return the growth, {@link GrowthSpec#NONE} when the section is absent, or null when a problem was recorded
     */
    static GrowthSpec read(Fields f, ClusterSpec cluster, FabricSpec fabric, Double horizonDays) {
        int before = f.problems().size();
        Double capital = f.optionalDouble("capitalCostPerYear", GrowthSpec.DEFAULT_CAPITAL_COST_PER_YEAR,
                DoubleRange.closed(0, 1));
        Double gpuHour = f.optionalDouble("gpuHourUsd", GrowthSpec.DEFAULT_GPU_HOUR_USD,
                DoubleRange.closed(0, 1e6));
        Double liveWork = f.optionalDouble("liveWorkLabourFactor", 1, DoubleRange.closed(1, 10));
        List<JsonNode> elements = f.list("phases", false);
        List<GrowthPhaseSpec> phases = new ArrayList<>();
        if (elements != null) {
            if (elements.size() > MAX_PHASES) {
                f.problems().add(f.pathOf("phases"), "at most " + MAX_PHASES + " phases, had " + elements.size());
            }
            Map<String, Integer> firstIndex = new HashMap<>();
            Integer servers = cluster == null ? null : cluster.servers();
            Double day = 0.0;
            for (int i = 0; i < elements.size() && i < MAX_PHASES; i++) {
                String path = TreePath.index(f.pathOf("phases"), i);
                Fields p = Fields.of(elements.get(i), path, f.problems(), PHASE_FIELDS);
                GrowthPhaseSpec phase = phase(p, i, servers, day, fabric, horizonDays, firstIndex);
                servers = phase == null ? null : phase.servers();
                day = phase == null ? null : phase.day();
                if (phase != null) {
                    phases.add(phase);
                }
            }
        } else if (f.has("phases")) {
            return null;
        }
        if (f.problems().size() > before || f.isBroken()) {
            return null;
        }
        return new GrowthSpec(phases, capital, gpuHour, liveWork);
    }

    /** One phase, or null when a problem was recorded; {@code servers} and {@code day} are the phase before's. */
    private static GrowthPhaseSpec phase(Fields p, int i, Integer servers, Double day, FabricSpec fabric,
            Double horizonDays, Map<String, Integer> firstIndex) {
        int before = p.problems().size();
        String name = p.optionalText("name", "phase-" + (i + 1), ScenarioParser.NAME);
        if (name != null) {
            Integer earlier = firstIndex.putIfAbsent(name, i);
            if (earlier != null) {
                p.problems().add(p.pathOf("name"), "duplicate growth phase name '" + name + "' (also phases["
                        + earlier + "])");
            }
        }
        Double start = p.requiredDouble("day", DoubleRange.aboveUpTo(0, 36_500));
        if (start != null && day != null && !p.describing() && !(start > day)) {
            p.problems().add(p.pathOf("day"), "must be after the phase before (day " + DoubleRange.number(day)
                    + "), was " + DoubleRange.number(start));
        }
        if (start != null && horizonDays != null && !(start < horizonDays)) {
            p.problems().add(p.pathOf("day"), "must be before lifecycle.horizonDays ("
                    + DoubleRange.number(horizonDays) + "), was " + DoubleRange.number(start));
        }
        Integer[] sizes = new Integer[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            sizes[s] = p.optionalInt(SIZES[s], 1, 1_000_000);
        }
        Integer crews = p.optionalInt("crews", LifecycleDefaults.CREWS, 1, 100_000);
        if (p.describing() || p.problems().size() > before || p.isBroken()) {
            return null;
        }
        Integer size = size(p, sizes, servers, fabric);
        if (size == null || p.problems().size() > before) {
            return null;
        }
        return new GrowthPhaseSpec(name, start, size, crews);
    }

    /** The cluster size the phase asks for, or null (with a problem, unless an earlier one makes it unknowable). */
    private static Integer size(Fields p, Integer[] sizes, Integer servers, FabricSpec fabric) {
        int given = 0;
        for (Integer s : sizes) {
            given += s == null ? 0 : 1;
        }
        if (given != 1) {
            p.problems().add(p.path(), "give exactly one of servers, addServers, units or addUnits (had "
                    + given + ")");
            return null;
        }
        boolean byUnits = sizes[2] != null || sizes[3] != null;
        int perUnit = fabric == null ? 0 : fabric.serversPerUnit();
        if (byUnits && fabric != null && perUnit == 0) {
            p.problems().add(p.pathOf(sizes[2] != null ? "units" : "addUnits"), "scalable units need"
                    + " fabric.serversPerUnit > 0 (a rail-optimized fabric); give servers or addServers instead");
            return null;
        }
        boolean relative = sizes[1] != null || sizes[3] != null;
        if (servers == null || (byUnits && fabric == null)) {
            return null;
        }
        long amount = sizes[0] != null ? sizes[0] : sizes[1] != null ? sizes[1]
                : (long) (sizes[2] != null ? sizes[2] : sizes[3]) * perUnit;
        long size = relative ? servers + amount : amount;
        if (size <= servers) {
            String field = SIZES[sizes[0] != null ? 0 : sizes[1] != null ? 1 : sizes[2] != null ? 2 : 3];
            p.problems().add(p.pathOf(field), "a growth phase must add servers: " + size + " servers is not more"
                    + " than the " + servers + " before it");
            return null;
        }
        if (size > 1_000_000) {
            p.problems().add(p.path(), "at most 1,000,000 servers, was " + size);
            return null;
        }
        return (int) size;
    }
}
