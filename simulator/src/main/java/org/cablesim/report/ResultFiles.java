package org.cablesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Files.writeString(dir.resolve(SUMMARY), SummaryJson.toText(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(REPORT), HtmlReport.render(SummaryJson.toTree(result)), StandardCharsets.UTF_8);
        for (PlanResult plan : result.plans()) {
            Path planDir = planDirectory(dir, plan.name());
            Files.createDirectories(planDir);
            PlantFiles.write(plan.cabling(), planDir);
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
