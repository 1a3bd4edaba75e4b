package org.cablesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.lifecycle.TimelineDay;
import org.cablesim.plant.LinkWork;
import org.cablesim.study.PlanGrowth;
import org.cablesim.study.PlanLifecycle;

/**
 * Writes one plan's lifecycle file, {@code timeline.csv}, and for a growing cluster {@code growth-work.csv}
 * (formats in the README's output contract).
 */
public final class LifecycleFiles {
    public static final String TIMELINE = "timeline.csv";
    public static final String GROWTH_WORK = "growth-work.csv";

    private LifecycleFiles() {
    }

    /** Writes the lifecycle files of {@code lifecycle} into the existing directory {@code dir}. */
    public static void write(PlanLifecycle lifecycle, Path dir) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve(TIMELINE), StandardCharsets.UTF_8))) {
            writeTimeline(lifecycle.result().timeline(), w);
        }
    }

    /**
     * One row per link each growth phase installs or changes: {@code phase, link, tier, work} ({@code new},
     * {@code re-patched}, {@code re-cabled}) and the panels where it plugs or unplugs a cord, separated by spaces.
     */
    public static void writeGrowthWork(PlanGrowth growth, Path dir) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve(GROWTH_WORK), StandardCharsets.UTF_8))) {
            Csv csv = new Csv(w);
            csv.row("phase", "link", "tier", "work", "panels");
            for (PlanGrowth.Phase phase : growth.phases()) {
                for (LinkWork work : phase.work()) {
                    csv.row(phase.name(), work.linkId(), work.tierName(), work.kind().fileName(),
                            String.join(" ", work.panels()));
                }
            }
        }
    }

    /**
     * One row per day of operation: links down, repair requests queued, capacity fraction (the worst switch–switch
     * tier's up share), then every tier's up share, all time averages over the day, averaged over replications.
     */
    static void writeTimeline(List<TimelineDay> days, Writer w) throws IOException {
        Csv csv = new Csv(w);
        List<String> tiers = days.isEmpty() ? List.of() : List.copyOf(days.get(0).upShareByTier().keySet());
        List<Object> header = new ArrayList<>(List.of("day", "links_down", "repairs_queued", "capacity_fraction"));
        tiers.forEach(t -> header.add("up_share_" + t));
        csv.row(header.toArray());
        for (TimelineDay d : days) {
            List<Object> row = new ArrayList<>(List.of(d.day(), d.linksDown(), d.repairsQueued(), d.capacityFraction()));
            tiers.forEach(t -> row.add(d.upShareByTier().get(t)));
            csv.row(row.toArray());
        }
    }
}
