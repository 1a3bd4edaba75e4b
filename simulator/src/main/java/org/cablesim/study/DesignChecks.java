package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PlantViolation;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.polarity.CheckKind;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Problem;

/**
 * The design checks of every plan as input problems: a plan whose links are broken by design (polarity, gender,
 * key, polish, fibre count, fibre type, reach, budget) is a problem of that plan, one per kind of violation, with
 * how many links it breaks and the first one's reason. {@code validate} reports them; {@code run} still runs such a
 * plan but says so with its own exit code.
 */
public final class DesignChecks {
    private DesignChecks() {
    }

    /**
     * Routes every plan of a prepared study and lists its design problems.
     *
     * @param prepared the prepared study
     * @return problems at {@code plans[i]}, in plan order then violation kind order; empty when every plan is sound
     */
    public static List<Problem> of(PreparedStudy prepared) {
        List<Problem> problems = new ArrayList<>();
        ShortestTrayRouter router = new ShortestTrayRouter();
        List<PlanSpec> plans = prepared.scenario().plans();
        for (int i = 0; i < plans.size(); i++) {
            CablingPlan plan = router.route(prepared.fabric(), prepared.scenario().floor(),
                    prepared.scenario().catalog(), plans.get(i));
            problems.addAll(of(plan, "plans[" + i + "]"));
        }
        return problems;
    }

    /**
     * The design problems of one routed plan.
     *
     * @param plan the routed plan
     * @param path the plan's field path, e.g. {@code plans[0]}
     * @return one problem per kind of link-breaking violation
     */
    public static List<Problem> of(CablingPlan plan, String path) {
        Map<CheckKind, List<PlantViolation>> byKind = new TreeMap<>();
        for (PlantViolation v : plan.violations()) {
            if (v.kind().breaksLink()) {
                byKind.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v);
            }
        }
        List<Problem> problems = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            long links = list.stream().map(PlantViolation::linkId).distinct().count();
            problems.add(new Problem(path, String.format(Locale.ROOT,
                    "plan %s: %d link(s) fail the %s check and would fail certification whatever their losses;"
                            + " first: %s", plan.planName(), links, kind.name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'), list.get(0))));
        });
        return problems;
    }
}
