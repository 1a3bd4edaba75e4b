package org.cablesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cablesim.study.PlanResult;
import org.cablesim.study.StudyResult;

/**
 * Writes every result file of a run into a directory (the output contract's file list): {@code summary.json} at the
 * top, and one subdirectory {@code plans/<plan name>/} per plan with its plant files (see {@link PlantFiles}) and
 * lifecycle files (see {@link LifecycleFiles}).
 */
public final class ResultFiles {
    /** Name of the machine-readable summary file. */
    public static final String SUMMARY = "summary.json";
    /** Name of the self-contained HTML report. */
    public static final String REPORT = "report.html";
    /** Directory holding one subdirectory per plan. */
    public static final String PLANS = "plans";

    private ResultFiles() {
    }

    /** Writes all result files of {@code result} into the existing directory {@code dir}. */
    public static void write(StudyResult result, Path dir) throws IOException {
        write(result, "", List.of(), result.plans().get(0).name(), dir);
    }

    /**
     * Writes all result files of a run into the existing directory {@code dir}.
     *
     * @param result       the run at the scenario's own values
     * @param scenarioText the scenario file's text, echoed in summary.json and the report
     * @param sweepPoints  the runs of every sweep point, in sweep order (empty without sweeps)
     * @param baselinePlan the plan the comparison is against
     */
    public static void write(StudyResult result, String scenarioText, List<SweepSummary.Point> sweepPoints,
            String baselinePlan, Path dir) throws IOException {
        write(summaryTree(result, scenarioText, sweepPoints, baselinePlan), result, dir);
    }

    /** The full summary.json tree of a run: stage sections, comparison, scenario text and sweeps. */
    public static ObjectNode summaryTree(StudyResult result, String scenarioText, List<SweepSummary.Point> sweepPoints,
            String baselinePlan) {
        ObjectNode summary = SummaryJson.toTree(result);
        ComparisonSummary.addTo(summary, baselinePlan);
        summary.put("scenarioText", scenarioText);
        if (!sweepPoints.isEmpty()) {
            summary.set("sweeps", SweepSummary.toTree(sweepPoints));
        }
        return summary;
    }

    /** Writes every result file of a run whose summary tree is already built, per-plan files included. */
    public static void write(ObjectNode summary, StudyResult result, Path dir) throws IOException {
        write(summary, result, dir, true);
    }

    /**
     * Writes the result files of a run whose summary tree is already built.
     *
     * @param planFiles whether to write the per-plan files under {@code plans/} (cable schedule, links, BOM, …);
     *                  without them a 100k-GPU study stays small enough to keep as an example
     */
    public static void write(ObjectNode summary, StudyResult result, Path dir, boolean planFiles) throws IOException {
        Files.writeString(dir.resolve(SUMMARY), SummaryJson.toText(summary), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(REPORT), HtmlReport.render(summary), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ComparisonSummary.CSV), ComparisonSummary.toCsv(summary), StandardCharsets.UTF_8);
        if (!planFiles) {
            return;
        }
        for (PlanResult plan : result.plans()) {
            Path planDir = planDirectory(dir, plan.name());
            Files.createDirectories(planDir);
            PlantFiles.write(plan.cabling(), plan.loss(), planDir);
            if (plan.lifecycle() != null) {
                LifecycleFiles.write(plan.lifecycle(), planDir);
            }
        }
    }

    /** Where a plan's files go: {@code <dir>/plans/<plan name>}. */
    public static Path planDirectory(Path dir, String planName) {
        if (planName.matches("\\.+")) {
            throw new IllegalArgumentException("plan name '" + planName + "' cannot name a directory");
        }
        return dir.resolve(PLANS).resolve(planName);
    }
}
