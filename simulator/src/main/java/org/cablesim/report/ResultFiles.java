package org.cablesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.study.PlanResult;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudySummary;

/**
 * Writes every result file of a run into a directory (the output contract's file list): {@code summary.json},
 * {@code report.html}, {@code comparison.csv} and, with sweeps, {@code sweep.csv}, with growth phases
 * {@code growth.csv} and {@code growth-moves.csv}, at the top, all from the study's typed summary; and one subdirectory {@code plans/<plan name>/}
 * per plan with its plant files (see {@link PlantFiles}) and lifecycle and growth files (see {@link LifecycleFiles}).
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

    /**
     * Writes the result files of a run into the existing directory {@code dir}.
     *
     * @param summary      the study's typed summary (sweeps included)
     * @param scenarioText the scenario file's text, echoed in summary.json and the report
     * @param result       the run at the scenario's own values, for the per-plan files
     * @param planFiles    whether to write the per-plan files under {@code plans/} (cable schedule, links, BOM, …);
     *                     without them a 100k-GPU study stays small enough to keep as an example
     */
    public static void write(StudySummary summary, String scenarioText, StudyResult result, Path dir,
            boolean planFiles) throws IOException {
        Files.writeString(dir.resolve(SUMMARY), SummaryJson.toText(summary, scenarioText), StandardCharsets.UTF_8);
        List<PlanElevations> elevations = new ArrayList<>();
        for (PlanResult plan : result.plans()) {
            elevations.add(PlanElevations.of(plan.name(), plan.cabling()));
        }
        Files.writeString(dir.resolve(REPORT), HtmlReport.render(summary, scenarioText, elevations),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(TableFiles.COMPARISON), TableFiles.comparison(summary), StandardCharsets.UTF_8);
        if (!summary.sweeps().isEmpty()) {
            Files.writeString(dir.resolve(TableFiles.SWEEP), TableFiles.sweep(summary.sweeps()), StandardCharsets.UTF_8);
        }
        if (summary.plans().stream().anyMatch(p -> p.growth() != null)) {
            Files.writeString(dir.resolve(TableFiles.GROWTH), TableFiles.growth(summary), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(TableFiles.GROWTH_MOVES), TableFiles.growthMoves(summary),
                    StandardCharsets.UTF_8);
        }
        if (!planFiles) {
            return;
        }
        for (PlanResult plan : result.plans()) {
            Path planDir = planDirectory(dir, plan.name());
            Files.createDirectories(planDir);
            PlantFiles.write(plan.cabling(), plan.loss(), plan.plant().spares(), summary, planDir);
            if (plan.lifecycle() != null) {
                LifecycleFiles.write(plan.lifecycle(), planDir);
            }
            if (plan.growth() != null) {
                LifecycleFiles.writeGrowthWork(plan.growth(), planDir);
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
