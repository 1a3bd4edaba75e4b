package org.cablesim.report;

import java.util.List;

/**
 * Colours of the report: one colour per plan, kept the same in every chart and table, and a separate muted
 * set for categories (cost categories, lit/dark fibre) so a category is never mistaken for a plan.
 */
public final class ChartPalette {
    /** Okabe–Ito colours (colour-blind safe), without the yellow that is unreadable on white. */
    private static final List<String> PLANS = List.of(
            "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000", "#999999");

    private static final List<String> CATEGORIES = List.of(
            "#3B5B7A", "#8FB3D1", "#B9975B", "#6E8B5E", "#A35D5A", "#8C7BB5", "#C9CED6", "#4F5D66",
            "#5E8C8C", "#D4A5A5", "#7A6C5D", "#B7C68B");

    /** Colour of dark (unlit) fibre. */
    public static final String DARK_FIBRE = "#C9CED6";
    /** Colour of lit fibre. */
    public static final String LIT_FIBRE = "#2F4B66";

    private ChartPalette() {
    }

    /** Colour of the plan at {@code index} (0-based) in the summary's plan order; repeats after eight plans. */
    public static String plan(int index) {
        return PLANS.get(Math.floorMod(index, PLANS.size()));
    }

    /** Colour of the category at {@code index} (0-based); repeats after twelve categories. */
    public static String category(int index) {
        return CATEGORIES.get(Math.floorMod(index, CATEGORIES.size()));
    }
}
