package org.cablesim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablesim.stats.Interval;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resume journal: exact round trips, a torn last line dropped, another study's journal not continued. */
class PointJournalTest {
    @TempDir
    Path temp;

    @Test
    void pointsReadBackExactlyAndATornLineIsDropped() throws IOException {
        Path file = temp.resolve("j.jsonl");
        Sweep.Point a = point("0.1", 1.0 / 3, Double.NaN);
        Sweep.Point b = point("x", Math.PI * 1e-300, Double.POSITIVE_INFINITY);
        try (PointJournal journal = PointJournal.open(file, "{\"h\":1}", false)) {
            journal.append(PointCodec.line(0, a));
            journal.append(PointCodec.line(2, b));
        }
        Files.writeString(file, "{\"index\":1,\"val", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (PointJournal journal = PointJournal.open(file, "{\"h\":1}", true)) {
            assertEquals(2, journal.doneCount());
            assertTrue(journal.done(0) && journal.done(2) && !journal.done(1));
            List<Sweep.Point> read = new ArrayList<>();
            journal.forEachLine(line -> read.add(PointCodec.point(line)));
            assertEquals(List.of(a, b), read, "doubles, NaN and infinities read back exactly");
        }
        try (PointJournal other = PointJournal.open(file, "{\"h\":2}", true)) {
            assertEquals(0, other.doneCount(), "a journal of another study is started afresh");
        }
        assertFalse(PointJournal.resumable(file, "{\"h\":1}"));
    }

    private static Sweep.Point point(String value, double cost, double high) {
        Map<Metric, Figure> figures = new EnumMap<>(Metric.class);
        figures.put(Metric.COST_USD, Figure.exact(cost));
        figures.put(Metric.AVAILABILITY, new Figure(0.999, new Interval(0.99, high)));
        figures.put(Metric.MARGIN_P1_DB, Figure.withoutInterval(-0.25));
        return new Sweep.Point(List.of(value), List.of(new Sweep.PlanPoint("p", figures)), null);
    }
}
