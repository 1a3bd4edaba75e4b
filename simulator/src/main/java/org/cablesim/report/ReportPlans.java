package org.cablesim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cablesim.study.PlanFigures;

/** The study's plans in scenario order, each with its fixed colour, and unions of their keyed figures. */
final class ReportPlans {
    private final List<PlanFigures> plans;

    ReportPlans(List<PlanFigures> plans) {
        this.plans = List.copyOf(plans);
    }

    int size() {
        return plans.size();
    }

    PlanFigures plan(int index) {
        return plans.get(index);
    }

    List<PlanFigures> all() {
        return plans;
    }

    String name(int index) {
        return plans.get(index).name();
    }

    /** Index of the plan called {@code name}, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    ChartKey key(int index) {
        return new ChartKey(name(index), ChartPalette.plan(index));
    }

    List<ChartKey> keys() {
        List<ChartKey> keys = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            keys.add(key(i));
        }
        return keys;
    }

    /** The CSS class that carries plan {@code index}'s colour (see the page style). */
    static String colourClass(int index) {
        return "c" + Math.floorMod(index, 8);
    }

    /** The keys of a per-plan collection across all plans, in first-seen order. */
    Set<String> union(Function<PlanFigures, ? extends java.util.Collection<String>> keys) {
        Set<String> all = new LinkedHashSet<>();
        for (PlanFigures plan : plans) {
            all.addAll(keys.apply(plan));
        }
        return all;
    }
}
