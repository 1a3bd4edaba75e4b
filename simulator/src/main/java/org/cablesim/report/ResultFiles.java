package org.cablesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cablesim.study.StudyResult;

/** Writes every result file of a run into a directory (the output contract's file list). */
public final class ResultFiles {
    /** Name of the machine-readable summary file. */
    public static final String SUMMARY = "summary.json";
    /** Name of the self-contained HTML report. */
    public static final String REPORT = "report.html";

    private ResultFiles() {
    }

    /** Writes all result files of {@code result} into the existing directory {@code dir}. */
    public static void write(StudyResult result, Path dir) throws IOException {
        Files.writeString(dir.resolve(SUMMARY), SummaryJson.toText(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(REPORT), HtmlReport.render(SummaryJson.toTree(result)), StandardCharsets.UTF_8);
    }
}
