package org.cablesim.study;

import java.util.List;
import java.util.Objects;

/**
 * The study's growth decision (summary.json {@code comparison.growth}), made once here; the report and the command
 * line print it.
 *
 * @param rule        the decision rule in plain words
 * @param recommended the plan with the lowest horizon cost among those without design-check violations, or null
 *                    when every plan has them
 * @param ties        other plans whose horizon cost interval overlaps the recommended plan's, in scenario order
 * @param reasons     one sentence per plan, the recommended first, naming its figures
 */
public record GrowthComparison(String rule, String recommended, List<String> ties, List<String> reasons) {
    public GrowthComparison {
        Objects.requireNonNull(rule, "rule");
        ties = List.copyOf(ties);
        reasons = List.copyOf(reasons);
    }
}
